export { PremisesQuote } from "./premises-quote.tsx";
