export { CONTRACT_VERSION } from "./contract-table";
