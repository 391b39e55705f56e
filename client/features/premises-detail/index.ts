export { PremisesDetailPage } from "./premises-detail-page.tsx";
