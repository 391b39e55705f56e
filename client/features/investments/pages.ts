// The investments' pages, one chunk loaded when the first of them is opened (routes.ts).
export { InvestmentPage } from "./investment-page.tsx";
export { InvestmentsPage } from "./investments-page.tsx";
export { ProposeInvestmentPage } from "./propose-page.tsx";
