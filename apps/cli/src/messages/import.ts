import { defineMessages } from "@ghorfa/i18n";

export const importMessages = defineMessages({
  en: {
    starting: "Importing…",
    progressNoEstimate: "{done} rows, {rate} rows/s",
    duplicateInFile: "This ICE is already on row {first} of the file.",
    rowRefused: "The node refused the row: {detail}",
    unknownMapField: "The --map file names unknown fields: {fields}",
    noIce: "No column holds the ICE (map one with --map).",
    summary: "{total} rows: {created} created, {updated} updated, {skipped} skipped, {failed} failed.",
    progress: "{done} rows, {rate} rows/s, about {left} s left",
  },
  "fr-MA": {
    starting: "Import en cours…",
    progressNoEstimate: "{done} lignes, {rate} lignes/s",
    duplicateInFile: "Cet ICE figure déjà à la ligne {first} du fichier.",
    rowRefused: "Le nœud a refusé la ligne : {detail}",
    unknownMapField: "Le fichier --map nomme des champs inconnus : {fields}",
    noIce: "Aucune colonne ne contient l'ICE (indiquez-la avec --map).",
    summary:
      "{total} lignes : {created} créées, {updated} mises à jour, {skipped} ignorées, {failed} en échec.",
    progress: "{done} lignes, {rate} lignes/s, environ {left} s restantes",
  },
  "ar-MA": {
    starting: "جارٍ الاستيراد…",
    progressNoEstimate: "{done} سطرًا، {rate} سطر/ث",
    duplicateInFile: "هذا التعريف الموحد موجود من قبل في السطر {first} من الملف.",
    rowRefused: "رفض الخادم السطر: {detail}",
    unknownMapField: "يذكر ملف ‎--map‎ حقولًا غير معروفة: {fields}",
    noIce: "لا يوجد عمود للتعريف الموحد للمقاولة (حدّده بـ ‎--map‎).",
    summary: "{total} سطرًا: {created} أُنشئ، {updated} حُدّث، {skipped} تُرك، {failed} فشل.",
    progress: "{done} سطرًا، {rate} سطر/ث، يتبقى حوالي {left} ث",
  },
  zgh: {
    starting: "ⴰⵙⵙⴽⵛⵎ…",
    progressNoEstimate: "{done} ⵉⵣⵔⵉⵔⴳⵏ, {rate}/s",
    duplicateInFile: "ICE ⴰⴷ ⵉⵍⵍⴰ ⴳ ⵓⵣⵔⵉⵔⴳ {first} ⵏ ⵓⴼⴰⵢⵍⵓ.",
    rowRefused: "ⴰⵎⵙⵙⵓⴼⵖ ⵉⴳⴷⵍ ⴰⵣⵔⵉⵔⴳ: {detail}",
    unknownMapField: "ⴰⴼⴰⵢⵍⵓ --map ⵉⵙⵎⵎⴰ ⵉⴳⵔⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ: {fields}",
    noIce: "ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵓⵍⵉⵏ ⵏ ICE (--map).",
    summary: "{total} ⵉⵣⵔⵉⵔⴳⵏ: {created} ⵜⵜⵓⵙⴽⴰⵔⵏ, {updated} ⵜⵜⵓⵙⵏⴼⵍⵏ, {skipped} ⵜⵜⵓⵊⵊⴰⵏ, {failed} ⵓⵔ ⴷⴷⵉⵏ.",
    progress: "{done} ⵉⵣⵔⵉⵔⴳⵏ, {rate}/s, {left} s",
  },
});
