import { defineMessages } from "@ghorfa/i18n";

/** The words of the errors that end a command (see src/errors.ts). */
export const errorMessages = defineMessages({
  en: {
    usage: "Usage error: {detail}",
    configMissingBaseUrl:
      "No node given: pass --base-url, set GHORFA_BASE_URL, or name a profile with a baseUrl in {path}.",
    configMissingChamber: "No chamber given: pass --chamber, set GHORFA_CHAMBER, or put one in the profile.",
    configBadChamber: "Unknown chamber {value}: expected a code such as ma-09.",
    configBadLocale: "Unknown locale {value}: expected ar-MA, fr-MA, en or zgh.",
    configBadBaseUrl: "The node's address {value} is not an http(s) URL.",
    configUnknownProfile: "No profile named {profile} in {path}.",
    configBadFile: "The configuration file {path} cannot be read: {detail}",
    configMissingKeyEnv: "The profile names the variable {name} for its key, but it is not set.",
    auth: "The node refused the key ({status}): check GHORFA_API_KEY or the profile's key.",
    unreachable: "The node at {baseUrl} cannot be reached: {detail}",
    fileUnreadable: "The file {path} cannot be read: {detail}",
  },
  "fr-MA": {
    usage: "Erreur d'utilisation : {detail}",
    configMissingBaseUrl:
      "Aucun nœud indiqué : passez --base-url, définissez GHORFA_BASE_URL ou nommez un profil avec baseUrl dans {path}.",
    configMissingChamber:
      "Aucune chambre indiquée : passez --chamber, définissez GHORFA_CHAMBER ou indiquez-la dans le profil.",
    configBadChamber: "Chambre inconnue {value} : un code comme ma-09 est attendu.",
    configBadLocale: "Langue inconnue {value} : ar-MA, fr-MA, en ou zgh attendu.",
    configBadBaseUrl: "L'adresse du nœud {value} n'est pas une URL http(s).",
    configUnknownProfile: "Aucun profil nommé {profile} dans {path}.",
    configBadFile: "Le fichier de configuration {path} est illisible : {detail}",
    configMissingKeyEnv: "Le profil désigne la variable {name} pour sa clé, mais elle n'est pas définie.",
    auth: "Le nœud a refusé la clé ({status}) : vérifiez GHORFA_API_KEY ou la clé du profil.",
    unreachable: "Le nœud {baseUrl} est injoignable : {detail}",
    fileUnreadable: "Le fichier {path} est illisible : {detail}",
  },
  "ar-MA": {
    usage: "خطأ في الاستعمال: {detail}",
    configMissingBaseUrl:
      "لم يُحدَّد أي خادم: استعمل ‎--base-url‎ أو عرّف GHORFA_BASE_URL أو سمِّ ملفًا شخصيًا فيه baseUrl في {path}.",
    configMissingChamber: "لم تُحدَّد أي غرفة: استعمل ‎--chamber‎ أو عرّف GHORFA_CHAMBER أو ضعها في الملف الشخصي.",
    configBadChamber: "غرفة غير معروفة {value}: يُنتظر رمز مثل ma-09.",
    configBadLocale: "لغة غير معروفة {value}: يُنتظر ar-MA أو fr-MA أو en أو zgh.",
    configBadBaseUrl: "عنوان الخادم {value} ليس عنوان http(s).",
    configUnknownProfile: "لا يوجد ملف شخصي باسم {profile} في {path}.",
    configBadFile: "تعذّرت قراءة ملف الإعدادات {path}: {detail}",
    configMissingKeyEnv: "يذكر الملف الشخصي المتغير {name} لمفتاحه، لكنه غير معرَّف.",
    auth: "رفض الخادم المفتاح ({status}): تحقّق من GHORFA_API_KEY أو من مفتاح الملف الشخصي.",
    unreachable: "تعذّر الوصول إلى الخادم {baseUrl}: {detail}",
    fileUnreadable: "تعذّرت قراءة الملف {path}: {detail}",
  },
  zgh: {
    usage: "ⵜⴰⵣⴳⵍⵜ ⵏ ⵓⵙⵎⵔⵙ: {detail}",
    configMissingBaseUrl: "ⵓⵔ ⵉⵜⵜⵓⵙⵎⵎⴰ ⵓⵎⵙⵙⵓⴼⵖ: --base-url ⵏⵖ GHORFA_BASE_URL ⵏⵖ ⴰⵎⴰⵖⵏ ⴳ {path}.",
    configMissingChamber: "ⵓⵔ ⵜⵜⵓⵙⵎⵎⴰ ⵜⵖⵔⴼⵜ: --chamber ⵏⵖ GHORFA_CHAMBER ⵏⵖ ⴰⵎⴰⵖⵏ.",
    configBadChamber: "ⵜⵖⵔⴼⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ {value}: ⴰⵎⴷⵢⴰ ma-09.",
    configBadLocale: "ⵜⵓⵜⵍⴰⵢⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ {value}: ar-MA, fr-MA, en ⵏⵖ zgh.",
    configBadBaseUrl: "ⵜⴰⵏⵙⴰ {value} ⵓⵔ ⵜⴳⵉ URL http(s).",
    configUnknownProfile: "ⵓⵔ ⵉⵍⵍⵉ ⵓⵎⴰⵖⵏ {profile} ⴳ {path}.",
    configBadFile: "ⵓⵔ ⵉⵜⵜⵢⴰⵖⵔⴰ ⵓⴼⴰⵢⵍⵓ {path}: {detail}",
    configMissingKeyEnv: "ⴰⵎⴰⵖⵏ ⵉⵙⵎⵎⴰ {name}, ⵎⴰⵛⴰ ⵓⵔ ⵉⵍⵍⵉ.",
    auth: "ⴰⵎⵙⵙⵓⴼⵖ ⵉⴳⴷⵍ ⵜⴰⵙⴰⵔⵓⵜ ({status}).",
    unreachable: "ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎ ⵓⵎⵙⵙⵓⴼⵖ {baseUrl}: {detail}",
    fileUnreadable: "ⵓⵔ ⵉⵜⵜⵢⴰⵖⵔⴰ ⵓⴼⴰⵢⵍⵓ {path}: {detail}",
  },
});

export type ErrorMessageKey = keyof (typeof errorMessages)["en"];
