// Every action of the in-page UI runs only on the user's own input. The page's scripts can dispatch
// events or call element.click() on anything they can reach (our roots are closed, so they should
// reach nothing, but a page can also forward events); those events have isTrusted false and do
// nothing here. Our buttons can also sit inside the page's own links (the name in LinkedIn's top
// card is a link to "About this profile"): a click on them must not also follow the link or reach
// the page's handlers.
export const trusted = (event: Event) => event.isTrusted === true;

export function activate(action: () => void) {
  return (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    if (trusted(event)) action();
  };
}

/**
 * For a checkbox, a radio or a link: an untrusted click is cancelled (the box is not ticked, the
 * link not followed); a trusted one does what it normally does.
 */
export function onlyTrusted(event: Event): void {
  event.stopPropagation();
  if (!trusted(event)) event.preventDefault();
}
