/** Validators for product content: each takes raw YAML input and returns a bilingual `Result`. */
export * from './result.ts';
export * from './gtin.ts';
export * from './licences.ts';
export * from './whatsapp.ts';
export * from './links.ts';
export * from './price.ts';
export * from './qr-code.ts';
export * from './wita-time.ts';
export * from './quantity.ts';
