/**
 * The longest names the content rules allow, for tests that lay out the worst case (labels,
 * share cards).
 */
export const MAX_PRODUCT_NAME = 60;
export const MAX_PRODUCER_NAME = 60;
