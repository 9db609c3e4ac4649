// PRIVACY.md, shown on the options page. A small reader for the Markdown that file uses (headings,
// paragraphs, lists, one table, **bold**, `code`, [links](…)) that builds elements, never HTML.
// The notice is in English only: its block says so (lang="en") on a page in another language.
import type { ComponentChildren } from 'preact';

/** One line's **bold**, `code` and [links](…) as elements (also the options page's messages that show code). */
export function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong>{m[1]}</strong>);
    else if (m[2] !== undefined) out.push(<code>{m[2]}</code>);
    else out.push(m[3]); // relative links point into the source tree: show their text
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

export function Privacy({ markdown }: { markdown: string }) {
  const blocks: ComponentChildren[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('#')) {
      const level = Math.min(4, line.match(/^#+/)![0].length + 1);
      const text = line.replace(/^#+\s*/, '');
      blocks.push(level === 2 ? <h3>{inline(text)}</h3> : <h4>{inline(text)}</h4>);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const [head, , ...body] = rows;
      blocks.push(
        <table>
          <thead>
            <tr>{cells(head ?? '').map((c) => <th scope="col">{inline(c)}</th>)}</tr>
          </thead>
          <tbody>
            {body.map((r) => (
              <tr>{cells(r).map((c) => <td>{inline(c)}</td>)}</tr>
            ))}
          </tbody>
        </table>,
      );
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && (lines[i]!.startsWith('- ') || lines[i]!.startsWith('  '))) {
        if (lines[i]!.startsWith('- ')) items.push(lines[i]!.slice(2));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
        i++;
      }
      blocks.push(<ul>{items.map((t) => <li>{inline(t)}</li>)}</ul>);
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||- )/.test(lines[i]!)) para.push(lines[i++]!.trim());
      blocks.push(<p>{inline(para.join(' '))}</p>);
    }
  }
  return <div class="privacy" lang="en">{blocks}</div>;
}
