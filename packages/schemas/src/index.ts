export * from "./chamber-id";
export * from "./enums";
export * from "./ids";
