/** The user asked the system for less motion: no animated maps or smooth scrolling. */
export const prefersReducedMotion = (): boolean => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
