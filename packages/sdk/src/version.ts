export { CONTRACT_VERSION } from "@ghorfa/contract";
