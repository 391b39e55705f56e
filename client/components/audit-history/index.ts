export { AuditHistory } from "./audit-history.tsx";
