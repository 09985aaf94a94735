export * from "./chamber-id";
export * from "./dates";
export * from "./enums";
export * from "./ids";
export * from "./localized-text";
export * from "./money";
