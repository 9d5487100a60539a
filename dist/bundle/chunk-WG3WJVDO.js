import {
  validateMessages
} from "./chunk-F2OHDRQX.js";
import {
  valuesMessages
} from "./chunk-AWUMD5N3.js";
import {
  defineMessages,
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/review.js
var reviewMessages = defineMessages({
  en: {
    summary: 'the expert review beside an assessment: "review new ASSESSMENT" writes an empty one to fill in',
    argAction: "new: write a review file for an assessment",
    argAssessment: "the assessment file the review is about",
    optOutput: "the review file to write (default: ASSESSMENT.review.yaml beside the assessment, where report finds it)",
    optForce: "overwrite an existing file",
    exists: "{file} exists already; use --force to overwrite it",
    written: "wrote {file}",
    nextSteps: 'Fill in the texts, check them with "c21lab validate {file}", then run "c21lab report {assessment} -o review.html" (it finds the review beside the assessment).',
    nextStepsElsewhere: 'Fill in the texts, check them with "c21lab validate {file}", then run "c21lab report {assessment} --review {file} -o review.html" (the review is not beside the assessment, so report needs --review).',
    fileHead: "The expert review of a Culture 21 LAB: your own text beside the scores. Every part may stay empty (null) until written.",
    fileMarkdown: 'Text: paragraphs (blank line between), lists ("- " or "1. "), *emphasis*, **strong**, [links](https://\u2026) (http, https, mailto).\nThe same text in several languages: give a map, e.g. summary: { fr: "\u2026", en: "\u2026" }.',
    cLanguage: "the language you write in: en, fr or es",
    cKind: "recommendations or pilot-measures",
    cAuthors: "Who wrote the review: name and role.",
    authorPlaceholder: "Name of the expert",
    cIntroduction: "Introduction: the programme the LAB is part of, why the city took part.",
    cContext: "Context: the public event, who took part and how the workshop ran.",
    cSummary: "Executive summary: the review in a few paragraphs.",
    cCommitments: "Synthesis of the discussions, per commitment id.",
    cWhatChanged: 'With report --compare: your own "what changed" paragraph (replaces the one c21lab writes).',
    cRecommendations: "Recommendations or pilot measures, each with a title, the commitments it serves, an owner, a timeframe and a description:",
    cNextSteps: "Next steps.",
    cAcknowledgements: "Acknowledgements and credits.",
    unknownCommitment: 'unknown commitment id "{id}": framework "{framework}" has {ids}',
    unsafeLink: 'link to "{target}" is shown as text: only http, https and mailto addresses become links',
    emptyTitle: "recommendation {n} has no title: the report would show an empty heading; write one",
    notAssessment: "{file}: review new needs an assessment file"
  },
  fr: {
    summary: "la relecture d'experte ou d'expert d'une \xE9valuation : \xAB review new \xC9VALUATION \xBB en \xE9crit une vide \xE0 remplir",
    argAction: "new : \xE9crire un fichier de relecture pour une \xE9valuation",
    argAssessment: "le fichier d'\xE9valuation dont traite la relecture",
    optOutput: "le fichier \xE0 \xE9crire (par d\xE9faut : \xC9VALUATION.review.yaml \xE0 c\xF4t\xE9 de l'\xE9valuation, o\xF9 report le trouve)",
    optForce: "\xE9craser un fichier existant",
    exists: "{file} existe d\xE9j\xE0 ; utilisez --force pour le remplacer",
    written: "{file} \xE9crit",
    nextSteps: "R\xE9digez les textes, v\xE9rifiez-les avec \xAB c21lab validate {file} \xBB, puis lancez \xAB c21lab report {assessment} -o relecture.html \xBB (il trouve la relecture \xE0 c\xF4t\xE9 de l'\xE9valuation).",
    nextStepsElsewhere: "R\xE9digez les textes, v\xE9rifiez-les avec \xAB c21lab validate {file} \xBB, puis lancez \xAB c21lab report {assessment} --review {file} -o relecture.html \xBB (la relecture n'est pas \xE0 c\xF4t\xE9 de l'\xE9valuation : report a besoin de --review).",
    fileHead: "La relecture d'un Culture 21 LAB par l'experte ou l'expert : votre propre texte \xE0 c\xF4t\xE9 des notes. Chaque partie peut rester vide (null) tant qu'elle n'est pas \xE9crite.",
    fileMarkdown: 'Texte : paragraphes (une ligne vide entre eux), listes (\xAB - \xBB ou \xAB 1. \xBB), *italique*, **gras**, [liens](https://\u2026) (http, https, mailto).\nLe m\xEAme texte en plusieurs langues : donnez un tableau, p. ex. summary: { fr: "\u2026", en: "\u2026" }.',
    cLanguage: "la langue dans laquelle vous \xE9crivez : en, fr ou es",
    cKind: "recommendations (recommandations) ou pilot-measures (mesures pilotes)",
    cAuthors: "Qui a \xE9crit la relecture : nom et r\xF4le.",
    authorPlaceholder: "Nom de l'experte ou de l'expert",
    cIntroduction: "Introduction : le programme dont fait partie le LAB, pourquoi la ville y a pris part.",
    cContext: "Contexte : l'\xE9v\xE9nement public, qui a particip\xE9 et comment l'atelier s'est d\xE9roul\xE9.",
    cSummary: "Synth\xE8se : la relecture en quelques paragraphes.",
    cCommitments: "Synth\xE8se des discussions, par identifiant d'engagement.",
    cWhatChanged: "Avec report --compare : votre propre paragraphe \xAB ce qui a chang\xE9 \xBB (remplace celui qu'\xE9crit c21lab).",
    cRecommendations: "Recommandations ou mesures pilotes, chacune avec un titre, les engagements qu\u2019elle sert, un responsable, un calendrier et une description :",
    cNextSteps: "Prochaines \xE9tapes.",
    cAcknowledgements: "Remerciements et cr\xE9dits.",
    unknownCommitment: "identifiant d\u2019engagement inconnu \xAB {id} \xBB : le cadre \xAB {framework} \xBB a {ids}",
    unsafeLink: "le lien vers \xAB {target} \xBB est affich\xE9 comme du texte : seules les adresses http, https et mailto deviennent des liens",
    emptyTitle: "la recommandation {n} n\u2019a pas de titre : le rapport afficherait un intitul\xE9 vide ; donnez-lui un titre",
    notAssessment: "{file} : review new a besoin d'un fichier d'\xE9valuation"
  },
  es: {
    summary: "la revisi\xF3n experta de una evaluaci\xF3n: \xABreview new EVALUACI\xD3N\xBB escribe una vac\xEDa para completar",
    argAction: "new: escribir un archivo de revisi\xF3n para una evaluaci\xF3n",
    argAssessment: "el archivo de evaluaci\xF3n del que trata la revisi\xF3n",
    optOutput: "el archivo que se escribe (por defecto: EVALUACI\xD3N.review.yaml junto a la evaluaci\xF3n, donde report lo encuentra)",
    optForce: "sobrescribir un archivo existente",
    exists: "{file} ya existe; use --force para sobrescribirlo",
    written: "{file} escrito",
    nextSteps: "Redacte los textos, compru\xE9belos con \xABc21lab validate {file}\xBB y luego ejecute \xABc21lab report {assessment} -o revision.html\xBB (encuentra la revisi\xF3n junto a la evaluaci\xF3n).",
    nextStepsElsewhere: "Redacte los textos, compru\xE9belos con \xABc21lab validate {file}\xBB y luego ejecute \xABc21lab report {assessment} --review {file} -o revision.html\xBB (la revisi\xF3n no est\xE1 junto a la evaluaci\xF3n, as\xED que report necesita --review).",
    fileHead: "La revisi\xF3n experta de un Culture 21 LAB: su propio texto junto a las puntuaciones. Cada parte puede quedar vac\xEDa (null) hasta que se escriba.",
    fileMarkdown: 'Texto: p\xE1rrafos (una l\xEDnea vac\xEDa entre ellos), listas (\xAB- \xBB o \xAB1. \xBB), *cursiva*, **negrita**, [enlaces](https://\u2026) (http, https, mailto).\nEl mismo texto en varios idiomas: d\xE9 un mapa, p. ej. summary: { es: "\u2026", en: "\u2026" }.',
    cLanguage: "el idioma en que escribe: en, fr o es",
    cKind: "recommendations (recomendaciones) o pilot-measures (medidas piloto)",
    cAuthors: "Qui\xE9n escribi\xF3 la revisi\xF3n: nombre y funci\xF3n.",
    authorPlaceholder: "Nombre de la persona experta",
    cIntroduction: "Introducci\xF3n: el programa del que forma parte el LAB, por qu\xE9 particip\xF3 la ciudad.",
    cContext: "Contexto: el evento p\xFAblico, qui\xE9n particip\xF3 y c\xF3mo se desarroll\xF3 el taller.",
    cSummary: "Resumen ejecutivo: la revisi\xF3n en pocos p\xE1rrafos.",
    cCommitments: "S\xEDntesis de los debates, por identificador de compromiso.",
    cWhatChanged: "Con report --compare: su propio p\xE1rrafo \xABqu\xE9 cambi\xF3\xBB (sustituye al que escribe c21lab).",
    cRecommendations: "Recomendaciones o medidas piloto, cada una con un t\xEDtulo, los compromisos a los que sirve, un responsable, un plazo y una descripci\xF3n:",
    cNextSteps: "Pr\xF3ximos pasos.",
    cAcknowledgements: "Agradecimientos y cr\xE9ditos.",
    unknownCommitment: "identificador de compromiso desconocido \xAB{id}\xBB: el marco \xAB{framework}\xBB tiene {ids}",
    unsafeLink: "el enlace a \xAB{target}\xBB se muestra como texto: solo las direcciones http, https y mailto se convierten en enlaces",
    emptyTitle: "la recomendaci\xF3n {n} no tiene t\xEDtulo: el informe mostrar\xEDa un encabezado vac\xEDo; escriba uno",
    notAssessment: "{file}: review new necesita un archivo de evaluaci\xF3n"
  }
});

// dist/i18n/validate-words.js
var cache = /* @__PURE__ */ new Map();
function phraseWords(lang) {
  let words = cache.get(lang);
  if (!words)
    cache.set(lang, words = makeWords(lang));
  return words;
}
__name(phraseWords, "phraseWords");
function makeWords(lang) {
  const t = translator(validateMessages, lang);
  const review = translator(reviewMessages, lang);
  const values = translator(valuesMessages, lang);
  let months;
  const params = /* @__PURE__ */ __name((ps) => {
    if (!ps)
      return void 0;
    const out = {};
    for (const [k, v] of Object.entries(ps))
      out[k] = typeof v === "object" ? word(v) : v;
    return out;
  }, "params");
  const word = /* @__PURE__ */ __name((p) => {
    if (typeof p !== "object")
      return String(p);
    if ("key" in p)
      return t(p.key, params(p.params));
    if ("review" in p)
      return review(p.review, params(p.params));
    if ("values" in p)
      return values(p.values, params(p.params));
    if ("month" in p)
      return (months ??= new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" })).format(new Date(Date.UTC(2e3, p.month - 1, 1)));
    return p.seq.map(word).join("");
  }, "word");
  return word;
}
__name(makeWords, "makeWords");
function wordFinding(f, words) {
  const out = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === "phrase")
      out.message = words(v);
    else
      out[k] = v;
  }
  return out;
}
__name(wordFinding, "wordFinding");
function wordFindings(findings, lang) {
  const words = phraseWords(lang);
  return findings.map((f) => wordFinding(f, words));
}
__name(wordFindings, "wordFindings");

export {
  reviewMessages,
  phraseWords,
  wordFinding,
  wordFindings
};
