/** Stylesheets are bundled as text (tsup's `text` loader) to be inlined into printed HTML. */
declare module "*.css" {
  const text: string;
  export default text;
}
