// Our buttons can sit inside the page's own links (the name in LinkedIn's top card is a link to
// "About this profile"): a click on them must not also follow the link or reach the page's handlers.
export function activate(action: () => void) {
  return (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    action();
  };
}
