export * from "./fold";
export * from "./locale";
