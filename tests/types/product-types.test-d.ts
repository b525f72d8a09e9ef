/**
 * Type tests (`vitest --typecheck`): every narrower product type is a part of the schema's
 * output type, so a field changed in src/schemas/product.ts changes them all, and a module
 * written against one of them accepts what the site and the checker really hold.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import type { ProductLike } from '../../src/lib/catalogue/catalogue.ts';
import type { CertInput, CertView } from '../../src/lib/catalogue/certifications.ts';
import type { OpenDataInput } from '../../src/lib/open-data/row.ts';
import type { KeyedProduct } from '../../src/lib/views/page-keys.ts';
import type { ProgrammeProduct } from '../../src/lib/catalogue/programme.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';
import type { ProductData, ProductEntry, Stage, STAGES } from '../../src/schemas/product.ts';
import {
  certificateStatus,
  type CERT_STATUSES,
  type CertStatus,
} from '../../src/lib/validators/licences.ts';

type Entry = ProductEntry<ProductData>;
/** A product as Astro gives it: photos are image metadata with a built `src`. */
type AstroEntry = ProductEntry<ProductData<{ src: string; width: number }>> & { digest: string };

describe('the product schema is the source of every product type', () => {
  it('stage, localized text and certificate status come from the schema', () => {
    expectTypeOf<ProductData['programme']['stage']>().toEqualTypeOf<Stage>();
    expectTypeOf<Stage>().toEqualTypeOf<(typeof STAGES)[number]>();
    expectTypeOf<ProductData['name']>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<CertView['status']>().toEqualTypeOf<CertStatus>();
    expectTypeOf<CertStatus>().toEqualTypeOf<(typeof CERT_STATUSES)[number]>();
    expectTypeOf(certificateStatus).returns.toEqualTypeOf<CertStatus>();
  });

  it('narrower types are parts of the output type, with the same field types', () => {
    expectTypeOf<ProductLike['data']['village']>().toEqualTypeOf<ProductData['village']>();
    expectTypeOf<ProductLike['data']['retired']>().toEqualTypeOf<ProductData['retired']>();
    expectTypeOf<ProgrammeProduct['data']['programme']['checklist']>().toEqualTypeOf<
      ProductData['programme']['checklist']
    >();
    expectTypeOf<CertInput>().toEqualTypeOf<ProductData['certifications']>();
    expectTypeOf<OpenDataInput['data']['offer']['price']>().toEqualTypeOf<
      ProductData['offer']['price']
    >();
    expectTypeOf<KeyedProduct['data']['certifications']>().toEqualTypeOf<CertInput>();
  });

  it('a whole product fits every narrower type', () => {
    expectTypeOf<Entry>().toExtend<ProductLike>();
    expectTypeOf<Entry>().toExtend<ProgrammeProduct>();
    expectTypeOf<Entry>().toExtend<OpenDataInput>();
    expectTypeOf<AstroEntry>().toExtend<KeyedProduct>();
    expectTypeOf<AstroEntry>().toExtend<ProductLike>();
  });

  it("the checker's products are the schema's output", () => {
    expectTypeOf<CheckedProduct['data']>().toEqualTypeOf<ProductData>();
  });

  it('narrower types do not grow fields of their own', () => {
    expectTypeOf<ProductLike['data']>().not.toHaveProperty('producer');
    expectTypeOf<keyof ProductLike['data']>().toExtend<keyof ProductData>();
    expectTypeOf<keyof ProgrammeProduct['data']>().toExtend<keyof ProductData>();
    expectTypeOf<keyof OpenDataInput['data']>().toExtend<keyof ProductData>();
    expectTypeOf<keyof KeyedProduct['data']>().toExtend<keyof ProductData>();
  });
});
