/** The donut's diameter, also the size of the place held for it while the charts' code arrives. */
export const DONUT_SIZE = 180;
/** One line of an organisation's label on the bar chart's axis. */
export const LABEL_LINE_HEIGHT = 14;
