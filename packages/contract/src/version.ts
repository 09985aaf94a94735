/** The contract version a node speaks and a client asks for in `Ghorfa-Version`. */
export const CONTRACT_VERSION = "2026-11-29";
