// exceljs's browser build without its polyfills: the same API as the package's own types.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import * as ExcelJS from 'exceljs'
  export default ExcelJS
}
