/** The port a node listens on unless told otherwise: the reference node's default (`PORT`). */
export const DEFAULT_NODE_PORT = 8080;

/** Where `npm start` serves the reference node: the document's default server. */
export const LOCAL_NODE_URL = `http://localhost:${DEFAULT_NODE_PORT}`;
