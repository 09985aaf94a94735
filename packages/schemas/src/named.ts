/**
 * Lets an interface extend the inferred type of a schema (`interface MemberSchema extends
 * Named<typeof memberSchema> {}`): a schema typed by such an interface is written by name in
 * declarations, where an inferred zod type would be restated in full at every use, and an
 * adopter's compiler would build it again each time.
 */
export type Named<T> = T;
