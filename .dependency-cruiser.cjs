// Who may import whom (docs/architecture.md). `npm run lint` (and so CI) runs
//   depcruise src extension hub --config .dependency-cruiser.cjs
// and fails on an import that points up a layer, on a circle, and on a room importing a sibling.
// Layers, lowest first: a file may import its own layer and the ones below it, never above.
const LAYERS = [
  {
    name: 'base',
    // The model (with the shape of a signal's explanation) and what every layer reads: words, settings, the snapshot's schema and cut, invisible
    // characters, LinkedIn addresses, work modes ("(Remote)"), phone reading, storage plumbing. src/application/model.ts is
    // the application's part of the model.
    path: '^src/(model|explanation|i18n|invisible|regexp|linkedin-url|settings|snapshot-cut|snapshot-schema|evidence-words|work-mode|palette)[.]ts$|^src/(phone|storage|photo)/|^src/application/model[.]ts$',
  },
  { name: 'readers', path: '^src/(extract|application)/', pathNot: '^src/application/model[.]ts$' },
  { name: 'checks', path: '^src/signals/|^src/(score|assess|compare)[.]ts$' },
  { name: 'memory', path: '^src/memory/' },
  { name: 'report', path: '^src/report/' },
  { name: 'data', path: '^src/data/' },
  // What the extension and the team hub (hub/) share: enrolment codes, team keys, the hub API's schemas.
  { name: 'team', path: '^src/team/' },
  { name: 'messages', path: '^src/messages([.]ts$|/)' },
  // The top rooms: each uses everything below and none of the others.
  { name: 'top', path: '^src/(worker|ui|page|cli)/', siblings: ['worker', 'ui', 'page', 'cli'] },
  { name: 'extension', path: '^extension/' },
];

const above = (i) => LAYERS.slice(i + 1).map((l) => l.path).join('|');

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.name}`,
  comment: `${layer.name} may import only its own layer and the ones below it (docs/architecture.md)`,
  severity: 'error',
  from: { path: layer.path, ...(layer.pathNot ? { pathNot: layer.pathNot } : {}) },
  // A file a lower layer claims (src/application/model.ts) is not above, whatever its folder.
  to: { path: above(i), pathNot: LAYERS.slice(0, i + 1).map((l) => l.path).join('|') },
}));

const siblings = LAYERS.flatMap((layer) =>
  (layer.siblings ?? []).map((room) => ({
    name: `no-sibling-from-${room}`,
    comment: `src/${room} is a room of its own: it imports the layers below, not another top room`,
    severity: 'error',
    from: { path: `^src/${room}/` },
    to: { path: `^src/(${layer.siblings.filter((r) => r !== room).join('|')})/` },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'a circle of imports: split the shared part into a module both import', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
    ...siblings,
    // The team hub (hub/) is a room of its own beside extension/: it imports src/ below the top
    // rooms, and nothing in src/ or extension/ imports it, but for the CLI's `hub` command.
    {
      name: 'no-hub-from-src',
      comment: 'hub/ is the server: src/ and extension/ never import it (src/cli/main.ts loads hub/cli.ts for the `hub` command only)',
      severity: 'error',
      from: { path: '^(src|extension)/', pathNot: '^src/cli/main[.]ts$' },
      to: { path: '^hub/' },
    },
    {
      name: 'only-hub-cli-from-cli',
      comment: 'the CLI reaches the hub through hub/cli.ts alone',
      severity: 'error',
      from: { path: '^src/cli/main[.]ts$' },
      to: { path: '^hub/', pathNot: '^hub/cli[.]ts$' },
    },
    {
      name: 'no-top-rooms-from-hub',
      comment: 'hub/ imports the shared layers of src/ (src/team, src/report…), never the top rooms nor extension/',
      severity: 'error',
      from: { path: '^hub/' },
      to: { path: '^src/(worker|ui|page|cli)/|^extension/' },
    },
    {
      name: 'no-node-in-team',
      comment: 'src/team/ runs in the extension too: WebCrypto and valibot, no node: modules',
      severity: 'error',
      from: { path: '^src/team/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unlayered-source',
      comment: 'every file of src/ belongs to a layer above: add a new room to LAYERS in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path).join('|') },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    // Type-only imports count: a type imported from above ties the layers as much as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
