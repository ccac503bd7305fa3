// Colour tokens for what is drawn outside the page's CSS (SVG and canvas images, the map's style,
// slides): the same values as global.css's custom properties (a unit test keeps them equal).

/** Text and rules: the page's --ink. */
export const INK = '#1d2a33'
/** Secondary text: the page's --muted. */
export const MUTED = '#5b6670'
