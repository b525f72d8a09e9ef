/**
 * The longest names the content rules allow (src/schemas/limits.ts), for tests that lay out the
 * worst case (labels, share cards).
 */
import { TEXT_LIMITS } from '../../src/schemas/limits.ts';

export const MAX_PRODUCT_NAME = TEXT_LIMITS.productName.max;
export const MAX_PRODUCER_NAME = TEXT_LIMITS.producerName.max;
