import {
  contentHash
} from "./chunk-WZYB4VWF.js";
import {
  schemaPath
} from "./chunk-P3QU5RUN.js";
import {
  FRAMEWORKS_DIR
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/frameworks/precompiled.js
import { readFileSync } from "node:fs";
import { join } from "node:path";

// dist/generated/frameworks.js
var SCHEMA_HASH = "02f7407587d3f977";
var FRAMEWORKS = {
  "culture21-actions": {
    "hash": "4b93164ccf09cd02",
    "data": {
      "c21lab": "framework/1",
      "id": "culture21-actions",
      "version": "2015",
      "title": {
        "en": "Culture 21 Actions",
        "fr": "Culture 21 Actions",
        "es": "Cultura 21 Acciones"
      },
      "description": {
        "en": "Nine commitments on the role of culture in sustainable cities, adopted at the first UCLG Culture Summit in Bilbao in 2015.",
        "fr": "Neuf engagements sur le r\xF4le de la culture dans les villes durables, adopt\xE9s lors du premier Sommet Culture de CGLU \xE0 Bilbao en 2015.",
        "es": "Nueve compromisos sobre el papel de la cultura en las ciudades sostenibles, adoptados en la primera Cumbre de Cultura de CGLU en Bilbao en 2015."
      },
      "source": {
        "title": "Culture 21: Actions \u2014 Commitments on the role of culture in sustainable cities",
        "publisher": {
          "en": "UCLG Committee on Culture",
          "fr": "Commission culture de CGLU",
          "es": "Comisi\xF3n de cultura de CGLU"
        },
        "year": 2015,
        "url": "https://www.agenda21culture.net/documents/culture-21-actions",
        "note": {
          "en": `Confirmed by a source: the nine commitments, their order, the nine Spanish titles, and two English titles ("Heritage, diversity and creativity", "Governance of culture"). The other English titles and all the French titles are c21lab's translations; the English and French titles of commitment 6 are unconfirmed (the Spanish says "equidad", equity). Written for c21lab and not official: the short titles, descriptions, discussion prompts, and the 1-9 scale with its bands. The official 100 actions are not included.`,
          "fr": "Confirm\xE9s par une source : les neuf engagements, leur ordre, les neuf titres espagnols et deux titres anglais (\xAB Heritage, diversity and creativity \xBB, \xAB Governance of culture \xBB). Les autres titres anglais et tous les titres fran\xE7ais sont des traductions de c21lab ; les titres anglais et fran\xE7ais de l\u2019engagement 6 ne sont pas confirm\xE9s (l\u2019espagnol dit \xAB equidad \xBB, \xE9quit\xE9). \xC9crits pour c21lab et non officiels : les titres courts, les descriptions, les questions de discussion et l\u2019\xE9chelle de 1 \xE0 9 avec ses niveaux. Les 100 actions officielles ne sont pas incluses.",
          "es": "Confirmados por una fuente: los nueve compromisos, su orden, los nueve t\xEDtulos en espa\xF1ol y dos t\xEDtulos en ingl\xE9s (\xABHeritage, diversity and creativity\xBB, \xABGovernance of culture\xBB). Los dem\xE1s t\xEDtulos en ingl\xE9s y todos los t\xEDtulos en franc\xE9s son traducciones de c21lab; los t\xEDtulos en ingl\xE9s y en franc\xE9s del compromiso 6 no est\xE1n confirmados (el espa\xF1ol dice \xABequidad\xBB). Escritos para c21lab y no oficiales: los t\xEDtulos cortos, las descripciones, las preguntas de debate y la escala de 1 a 9 con sus niveles. Las 100 acciones oficiales no se incluyen."
        }
      },
      "scale": {
        "min": 1,
        "max": 9,
        "bands": [
          {
            "id": "emerging",
            "min": 1,
            "max": 3,
            "label": {
              "en": "Emerging",
              "fr": "\xC9mergent",
              "es": "Emergente"
            },
            "description": {
              "en": "Little or no action yet; efforts are isolated or only starting.",
              "fr": "Peu ou pas d\u2019action \xE0 ce jour ; les efforts sont isol\xE9s ou d\xE9butent \xE0 peine.",
              "es": "Poca o ninguna acci\xF3n por ahora; los esfuerzos son aislados o apenas comienzan."
            }
          },
          {
            "id": "developing",
            "min": 4,
            "max": 6,
            "label": {
              "en": "Developing",
              "fr": "En d\xE9veloppement",
              "es": "En desarrollo"
            },
            "description": {
              "en": "Real action exists but is partial, uneven or not yet sustained.",
              "fr": "Des actions r\xE9elles existent, mais elles restent partielles, in\xE9gales ou encore fragiles.",
              "es": "Existen acciones reales, pero son parciales, desiguales o todav\xEDa poco sostenidas."
            }
          },
          {
            "id": "advanced",
            "min": 7,
            "max": 9,
            "label": {
              "en": "Advanced",
              "fr": "Avanc\xE9",
              "es": "Avanzado"
            },
            "description": {
              "en": "Action is consistent, well established and shared across actors.",
              "fr": "L\u2019action est coh\xE9rente, bien \xE9tablie et partag\xE9e entre les acteurs.",
              "es": "La acci\xF3n es coherente, est\xE1 consolidada y es compartida por los distintos actores."
            }
          }
        ]
      },
      "percent": {
        "formula": "linear",
        "decimals": 1
      },
      "commitments": [
        {
          "id": "1",
          "title": {
            "en": "Cultural rights",
            "fr": "Droits culturels",
            "es": "Derechos culturales"
          },
          "short": {
            "en": "Cultural rights",
            "fr": "Droits culturels",
            "es": "Derechos culturales"
          },
          "description": {
            "en": "How far everyone in the city can take part in cultural life, express themselves and have access to culture, and how cultural rights inform local policies.",
            "fr": "Dans quelle mesure chacun peut participer \xE0 la vie culturelle de la ville, s\u2019exprimer et acc\xE9der \xE0 la culture, et comment les droits culturels orientent les politiques locales.",
            "es": "En qu\xE9 medida todas las personas pueden participar en la vida cultural de la ciudad, expresarse y acceder a la cultura, y c\xF3mo los derechos culturales orientan las pol\xEDticas locales."
          },
          "prompts": [
            {
              "en": "Who in the city is left out of cultural life today, and why?",
              "fr": "Qui, dans la ville, est aujourd\u2019hui tenu \xE0 l\u2019\xE9cart de la vie culturelle, et pourquoi ?",
              "es": "\xBFQui\xE9n queda hoy al margen de la vida cultural de la ciudad, y por qu\xE9?"
            },
            {
              "en": "Can residents take part in deciding what culture the city supports? How?",
              "fr": "Les habitants peuvent-ils participer aux d\xE9cisions sur la culture que la ville soutient ? De quelle mani\xE8re ?",
              "es": "\xBFPueden los habitantes participar en las decisiones sobre la cultura que apoya la ciudad? \xBFDe qu\xE9 manera?"
            },
            {
              "en": "Are cultural rights named in local policies, and do they change anything in practice?",
              "fr": "Les droits culturels figurent-ils dans les politiques locales, et changent-ils quelque chose en pratique ?",
              "es": "\xBFAparecen los derechos culturales en las pol\xEDticas locales, y cambian algo en la pr\xE1ctica?"
            },
            {
              "en": "What stops people from expressing their own culture in public: cost, distance, language, fear?",
              "fr": "Qu\u2019est-ce qui emp\xEAche les gens d\u2019exprimer leur propre culture en public : le co\xFBt, la distance, la langue, la peur ?",
              "es": "\xBFQu\xE9 impide a las personas expresar su propia cultura en p\xFAblico: el costo, la distancia, la lengua, el miedo?"
            }
          ]
        },
        {
          "id": "2",
          "title": {
            "en": "Heritage, diversity and creativity",
            "fr": "Patrimoine, diversit\xE9 et cr\xE9ativit\xE9",
            "es": "Patrimonio, diversidad y creatividad"
          },
          "short": {
            "en": "Heritage & creativity",
            "fr": "Patrimoine & cr\xE9ation",
            "es": "Patrimonio y creaci\xF3n"
          },
          "description": {
            "en": "How the city looks after its tangible and intangible heritage, supports the diversity of cultural expressions and enables artistic creation and innovation.",
            "fr": "Comment la ville prend soin de son patrimoine mat\xE9riel et immat\xE9riel, soutient la diversit\xE9 des expressions culturelles et rend possibles la cr\xE9ation artistique et l\u2019innovation.",
            "es": "C\xF3mo la ciudad cuida su patrimonio material e inmaterial, apoya la diversidad de las expresiones culturales y hace posibles la creaci\xF3n art\xEDstica y la innovaci\xF3n."
          },
          "prompts": [
            {
              "en": "Which parts of the city's heritage, tangible or intangible, are cared for, and which are being lost?",
              "fr": "Quelles parties du patrimoine de la ville, mat\xE9riel ou immat\xE9riel, sont entretenues, et lesquelles se perdent ?",
              "es": "\xBFQu\xE9 partes del patrimonio de la ciudad, material o inmaterial, se cuidan, y cu\xE1les se est\xE1n perdiendo?"
            },
            {
              "en": "Whose heritage does the city tell, and whose stories are missing?",
              "fr": "De qui la ville raconte-t-elle le patrimoine, et quelles histoires manquent ?",
              "es": "\xBFDe qui\xE9n es el patrimonio que cuenta la ciudad, y qu\xE9 historias faltan?"
            },
            {
              "en": "Where can artists and creators experiment, rehearse and show new work here?",
              "fr": "O\xF9 les artistes et les cr\xE9ateurs peuvent-ils exp\xE9rimenter, r\xE9p\xE9ter et pr\xE9senter de nouvelles \u0153uvres ici ?",
              "es": "\xBFD\xF3nde pueden los artistas y creadores experimentar, ensayar y mostrar obras nuevas aqu\xED?"
            },
            {
              "en": "Do public funding and programmes reflect the diversity of cultural expressions in the city?",
              "fr": "Les financements et les programmes publics refl\xE8tent-ils la diversit\xE9 des expressions culturelles de la ville ?",
              "es": "\xBFReflejan la financiaci\xF3n y los programas p\xFAblicos la diversidad de expresiones culturales de la ciudad?"
            }
          ]
        },
        {
          "id": "3",
          "title": {
            "en": "Culture and education",
            "fr": "Culture et \xE9ducation",
            "es": "Cultura y educaci\xF3n"
          },
          "short": {
            "en": "Education",
            "fr": "\xC9ducation",
            "es": "Educaci\xF3n"
          },
          "description": {
            "en": "The links between cultural life and education, in schools and beyond: arts education, lifelong learning and cooperation between cultural and educational institutions.",
            "fr": "Les liens entre la vie culturelle et l\u2019\xE9ducation, \xE0 l\u2019\xE9cole et au-del\xE0 : \xE9ducation artistique, apprentissage tout au long de la vie et coop\xE9ration entre institutions culturelles et \xE9ducatives.",
            "es": "Los v\xEDnculos entre la vida cultural y la educaci\xF3n, dentro y fuera de la escuela: educaci\xF3n art\xEDstica, aprendizaje a lo largo de la vida y cooperaci\xF3n entre instituciones culturales y educativas."
          },
          "prompts": [
            {
              "en": "What arts and cultural education does a child growing up here actually receive?",
              "fr": "Quelle \xE9ducation artistique et culturelle un enfant qui grandit ici re\xE7oit-il r\xE9ellement ?",
              "es": "\xBFQu\xE9 educaci\xF3n art\xEDstica y cultural recibe realmente un ni\xF1o o una ni\xF1a que crece aqu\xED?"
            },
            {
              "en": "How do schools, libraries, museums and cultural groups work together, if at all?",
              "fr": "Comment les \xE9coles, les biblioth\xE8ques, les mus\xE9es et les associations culturelles travaillent-ils ensemble, s\u2019ils le font ?",
              "es": "\xBFC\xF3mo trabajan juntos las escuelas, las bibliotecas, los museos y los grupos culturales, si es que lo hacen?"
            },
            {
              "en": "What chances do adults have to keep learning through culture?",
              "fr": "Quelles possibilit\xE9s les adultes ont-ils de continuer \xE0 apprendre par la culture ?",
              "es": "\xBFQu\xE9 oportunidades tienen las personas adultas de seguir aprendiendo a trav\xE9s de la cultura?"
            },
            {
              "en": "Are local languages, knowledge and traditions present in what is taught?",
              "fr": "Les langues, les savoirs et les traditions locales sont-ils pr\xE9sents dans ce qui est enseign\xE9 ?",
              "es": "\xBFEst\xE1n presentes las lenguas, los saberes y las tradiciones locales en lo que se ense\xF1a?"
            }
          ]
        },
        {
          "id": "4",
          "title": {
            "en": "Culture and environment",
            "fr": "Culture et environnement",
            "es": "Cultura y medio ambiente"
          },
          "short": {
            "en": "Environment",
            "fr": "Environnement",
            "es": "Medio ambiente"
          },
          "description": {
            "en": "How cultural actors and policies take part in the response to environmental challenges, and how culture helps people understand and act on climate and ecological change.",
            "fr": "Comment les acteurs et les politiques culturels contribuent \xE0 r\xE9pondre aux enjeux environnementaux, et comment la culture aide \xE0 comprendre le changement climatique et \xE9cologique et \xE0 agir.",
            "es": "C\xF3mo los actores y las pol\xEDticas culturales contribuyen a responder a los retos ambientales, y c\xF3mo la cultura ayuda a comprender el cambio clim\xE1tico y ecol\xF3gico y a actuar."
          },
          "prompts": [
            {
              "en": "Do cultural venues and events here measure and reduce their environmental footprint?",
              "fr": "Les lieux et les \xE9v\xE9nements culturels d\u2019ici mesurent-ils et r\xE9duisent-ils leur empreinte environnementale ?",
              "es": "\xBFMiden y reducen su huella ambiental los espacios y los eventos culturales de aqu\xED?"
            },
            {
              "en": "How do artists and cultural groups help people talk about climate change?",
              "fr": "Comment les artistes et les associations culturelles aident-ils les habitants \xE0 parler du changement climatique ?",
              "es": "\xBFC\xF3mo ayudan los artistas y los grupos culturales a la gente a hablar del cambio clim\xE1tico?"
            },
            {
              "en": "Is traditional or local knowledge about nature and the land valued in environmental policy?",
              "fr": "Les savoirs traditionnels ou locaux sur la nature et le territoire sont-ils valoris\xE9s dans les politiques environnementales ?",
              "es": "\xBFSe valoran los saberes tradicionales o locales sobre la naturaleza y el territorio en las pol\xEDticas ambientales?"
            },
            {
              "en": "Do the environment and culture departments ever plan anything together?",
              "fr": "Les services de l\u2019environnement et de la culture montent-ils parfois des projets ensemble ?",
              "es": "\xBFPlanifican alguna vez algo juntos los departamentos de medio ambiente y de cultura?"
            }
          ]
        },
        {
          "id": "5",
          "title": {
            "en": "Culture and economy",
            "fr": "Culture et \xE9conomie",
            "es": "Cultura y econom\xEDa"
          },
          "short": {
            "en": "Economy",
            "fr": "\xC9conomie",
            "es": "Econom\xEDa"
          },
          "description": {
            "en": "The place of culture in the local economy: cultural and creative jobs and enterprises, fair conditions for cultural workers, and links between culture and other economic sectors.",
            "fr": "La place de la culture dans l\u2019\xE9conomie locale : emplois et entreprises culturels et cr\xE9atifs, conditions de travail \xE9quitables pour les professionnels de la culture, et liens avec les autres secteurs \xE9conomiques.",
            "es": "El lugar de la cultura en la econom\xEDa local: empleos y empresas culturales y creativos, condiciones justas para quienes trabajan en la cultura y v\xEDnculos con otros sectores econ\xF3micos."
          },
          "prompts": [
            {
              "en": "Can people make a decent living from cultural work in this city?",
              "fr": "Peut-on vivre dignement d\u2019un travail culturel dans cette ville ?",
              "es": "\xBFSe puede vivir dignamente del trabajo cultural en esta ciudad?"
            },
            {
              "en": "Which cultural and creative activities bring jobs and income here, and who benefits?",
              "fr": "Quelles activit\xE9s culturelles et cr\xE9atives cr\xE9ent ici des emplois et des revenus, et qui en profite ?",
              "es": "\xBFQu\xE9 actividades culturales y creativas generan aqu\xED empleo e ingresos, y qui\xE9n se beneficia?"
            },
            {
              "en": "Does the city's economic development strategy mention culture? In what terms?",
              "fr": "La strat\xE9gie de d\xE9veloppement \xE9conomique de la ville mentionne-t-elle la culture ? En quels termes ?",
              "es": "\xBFMenciona la cultura la estrategia de desarrollo econ\xF3mico de la ciudad? \xBFEn qu\xE9 t\xE9rminos?"
            },
            {
              "en": "How do tourism and cultural life affect each other, for better or worse?",
              "fr": "Comment le tourisme et la vie culturelle s\u2019influencent-ils, en bien comme en mal ?",
              "es": "\xBFC\xF3mo se influyen mutuamente el turismo y la vida cultural, para bien o para mal?"
            }
          ]
        },
        {
          "id": "6",
          "title": {
            "en": "Culture, equality and social inclusion",
            "fr": "Culture, \xE9quit\xE9 et inclusion sociale",
            "es": "Cultura, equidad e inclusi\xF3n social"
          },
          "short": {
            "en": "Equality & inclusion",
            "fr": "\xC9quit\xE9 et inclusion",
            "es": "Equidad e inclusi\xF3n"
          },
          "description": {
            "en": "How cultural policies and programmes reach people facing poverty, discrimination or isolation, and how culture contributes to equality and social cohesion.",
            "fr": "Comment les politiques et les programmes culturels atteignent les personnes confront\xE9es \xE0 la pauvret\xE9, aux discriminations ou \xE0 l\u2019isolement, et comment la culture contribue \xE0 l\u2019\xE9quit\xE9 et \xE0 la coh\xE9sion sociale.",
            "es": "C\xF3mo las pol\xEDticas y los programas culturales llegan a las personas que enfrentan pobreza, discriminaci\xF3n o aislamiento, y c\xF3mo la cultura contribuye a la equidad y la cohesi\xF3n social."
          },
          "prompts": [
            {
              "en": "Which neighbourhoods have the fewest cultural facilities and activities?",
              "fr": "Quels quartiers ont le moins d\u2019\xE9quipements et d\u2019activit\xE9s culturels ?",
              "es": "\xBFQu\xE9 barrios tienen menos equipamientos y actividades culturales?"
            },
            {
              "en": "How are people with disabilities, older people and newcomers included in cultural programmes?",
              "fr": "Comment les personnes handicap\xE9es, les personnes \xE2g\xE9es et les nouveaux arrivants sont-ils associ\xE9s aux programmes culturels ?",
              "es": "\xBFC\xF3mo se incluye a las personas con discapacidad, a las personas mayores y a los reci\xE9n llegados en los programas culturales?"
            },
            {
              "en": "Are women and men, and people of different backgrounds, equally visible on stage and in decision-making?",
              "fr": "Les femmes et les hommes, et les personnes d\u2019origines diverses, sont-ils \xE9galement visibles sur sc\xE8ne et dans les lieux de d\xE9cision ?",
              "es": "\xBFSon igualmente visibles las mujeres y los hombres, y las personas de distintos or\xEDgenes, en los escenarios y en la toma de decisiones?"
            },
            {
              "en": "Do social services and cultural organisations work together? Give an example.",
              "fr": "Les services sociaux et les organisations culturelles travaillent-ils ensemble ? Donnez un exemple.",
              "es": "\xBFTrabajan juntos los servicios sociales y las organizaciones culturales? Den un ejemplo."
            }
          ]
        },
        {
          "id": "7",
          "title": {
            "en": "Culture, urban planning and public space",
            "fr": "Culture, urbanisme et espace public",
            "es": "Cultura, planificaci\xF3n urbana y espacio p\xFAblico"
          },
          "short": {
            "en": "Urban planning",
            "fr": "Urbanisme",
            "es": "Planificaci\xF3n urbana"
          },
          "description": {
            "en": "How culture is taken into account in urban planning and the design of public spaces, and how residents can use, shape and give meaning to the places they share.",
            "fr": "La prise en compte de la culture dans l\u2019urbanisme et l\u2019am\xE9nagement des espaces publics, et la mani\xE8re dont les habitants peuvent utiliser, fa\xE7onner et s\u2019approprier les lieux qu\u2019ils partagent.",
            "es": "La consideraci\xF3n de la cultura en la planificaci\xF3n urbana y el dise\xF1o de los espacios p\xFAblicos, y la manera en que los habitantes pueden usar, transformar y apropiarse de los lugares que comparten."
          },
          "prompts": [
            {
              "en": "Are cultural actors consulted when a neighbourhood is planned or redeveloped?",
              "fr": "Les acteurs culturels sont-ils consult\xE9s quand un quartier est am\xE9nag\xE9 ou r\xE9am\xE9nag\xE9 ?",
              "es": "\xBFSe consulta a los actores culturales cuando se planifica o se renueva un barrio?"
            },
            {
              "en": "Which public spaces do people use for culture, and which are empty or closed to them?",
              "fr": "Quels espaces publics les habitants utilisent-ils pour la culture, et lesquels restent vides ou leur sont ferm\xE9s ?",
              "es": "\xBFQu\xE9 espacios p\xFAblicos usa la gente para la cultura, y cu\xE1les est\xE1n vac\xEDos o le est\xE1n cerrados?"
            },
            {
              "en": "How does the city protect the character of places while letting them change?",
              "fr": "Comment la ville prot\xE8ge-t-elle le caract\xE8re des lieux tout en les laissant \xE9voluer ?",
              "es": "\xBFC\xF3mo protege la ciudad el car\xE1cter de los lugares sin impedir que evolucionen?"
            },
            {
              "en": "Is there a cultural facility within easy reach of every resident?",
              "fr": "Chaque habitant dispose-t-il d\u2019un \xE9quipement culturel \xE0 proximit\xE9 ?",
              "es": "\xBFTiene cada habitante un equipamiento cultural a poca distancia?"
            }
          ]
        },
        {
          "id": "8",
          "title": {
            "en": "Culture, information and knowledge",
            "fr": "Culture, information et savoir",
            "es": "Cultura, informaci\xF3n y conocimiento"
          },
          "short": {
            "en": "Information, knowledge",
            "fr": "Information, savoir",
            "es": "Informaci\xF3n, saber"
          },
          "description": {
            "en": "Access to information and knowledge, freedom of expression, the digital dimension of cultural life, and how the city gathers and shares knowledge about its own culture.",
            "fr": "L\u2019acc\xE8s \xE0 l\u2019information et au savoir, la libert\xE9 d\u2019expression, la dimension num\xE9rique de la vie culturelle, et la mani\xE8re dont la ville recueille et partage la connaissance de sa propre culture.",
            "es": "El acceso a la informaci\xF3n y al conocimiento, la libertad de expresi\xF3n, la dimensi\xF3n digital de la vida cultural y la manera en que la ciudad recoge y comparte conocimiento sobre su propia cultura."
          },
          "prompts": [
            {
              "en": "Where can residents find out what cultural life the city offers, and in which languages?",
              "fr": "O\xF9 les habitants peuvent-ils s\u2019informer sur l\u2019offre culturelle de la ville, et dans quelles langues ?",
              "es": "\xBFD\xF3nde pueden informarse los habitantes sobre la oferta cultural de la ciudad, y en qu\xE9 idiomas?"
            },
            {
              "en": "Do local media give space to independent and diverse voices?",
              "fr": "Les m\xE9dias locaux font-ils place \xE0 des voix ind\xE9pendantes et diverses ?",
              "es": "\xBFDan espacio los medios locales a voces independientes y diversas?"
            },
            {
              "en": "What data does the city collect about its cultural life, and who uses it?",
              "fr": "Quelles donn\xE9es la ville recueille-t-elle sur sa vie culturelle, et qui les utilise ?",
              "es": "\xBFQu\xE9 datos recoge la ciudad sobre su vida cultural, y qui\xE9n los utiliza?"
            },
            {
              "en": "How is digital technology changing access to culture here, and for whom?",
              "fr": "Comment le num\xE9rique change-t-il l\u2019acc\xE8s \xE0 la culture ici, et pour qui ?",
              "es": "\xBFC\xF3mo cambia lo digital el acceso a la cultura aqu\xED, y para qui\xE9n?"
            }
          ]
        },
        {
          "id": "9",
          "title": {
            "en": "Governance of culture",
            "fr": "Gouvernance de la culture",
            "es": "Gobernanza de la cultura"
          },
          "short": {
            "en": "Governance",
            "fr": "Gouvernance",
            "es": "Gobernanza"
          },
          "description": {
            "en": "How decisions about culture are made and shared: the roles of local government, civil society and the private sector, participation, cooperation between levels of government, and evaluation.",
            "fr": "Comment les d\xE9cisions sur la culture sont prises et partag\xE9es : r\xF4le des pouvoirs publics locaux, de la soci\xE9t\xE9 civile et du secteur priv\xE9, participation, coop\xE9ration entre niveaux de gouvernement et \xE9valuation.",
            "es": "C\xF3mo se toman y se comparten las decisiones sobre la cultura: el papel del gobierno local, la sociedad civil y el sector privado, la participaci\xF3n, la cooperaci\xF3n entre niveles de gobierno y la evaluaci\xF3n."
          },
          "prompts": [
            {
              "en": "Who takes decisions on culture in the city, and who is consulted?",
              "fr": "Qui prend les d\xE9cisions sur la culture dans la ville, et qui est consult\xE9 ?",
              "es": "\xBFQui\xE9n toma las decisiones sobre la cultura en la ciudad, y a qui\xE9n se consulta?"
            },
            {
              "en": "Is there a local cultural strategy? Was it written with civil society, and is it followed?",
              "fr": "Existe-t-il une strat\xE9gie culturelle locale ? A-t-elle \xE9t\xE9 \xE9labor\xE9e avec la soci\xE9t\xE9 civile, et est-elle appliqu\xE9e ?",
              "es": "\xBFExiste una estrategia cultural local? \xBFSe elabor\xF3 con la sociedad civil, y se aplica?"
            },
            {
              "en": "Do other departments, beyond culture, see culture as part of their work?",
              "fr": "Les autres services, au-del\xE0 de celui de la culture, consid\xE8rent-ils la culture comme faisant partie de leur travail ?",
              "es": "\xBFConsideran otros departamentos, adem\xE1s del de cultura, que la cultura forma parte de su trabajo?"
            },
            {
              "en": "How are cultural policies evaluated, and what happens with the results?",
              "fr": "Comment les politiques culturelles sont-elles \xE9valu\xE9es, et que fait-on des r\xE9sultats ?",
              "es": "\xBFC\xF3mo se eval\xFAan las pol\xEDticas culturales, y qu\xE9 se hace con los resultados?"
            }
          ]
        }
      ]
    }
  },
  "culture21-actions-1-10": {
    "hash": "983820c90ebaec7f",
    "data": {
      "c21lab": "framework/1",
      "id": "culture21-actions-1-10",
      "version": "2015",
      "title": {
        "en": "Culture 21 Actions (1\u201310 scale)",
        "fr": "Culture 21 Actions (\xE9chelle de 1 \xE0 10)",
        "es": "Cultura 21 Acciones (escala de 1 a 10)"
      },
      "description": {
        "en": "Nine commitments on the role of culture in sustainable cities, adopted at the first UCLG Culture Summit in Bilbao in 2015.",
        "fr": "Neuf engagements sur le r\xF4le de la culture dans les villes durables, adopt\xE9s lors du premier Sommet Culture de CGLU \xE0 Bilbao en 2015.",
        "es": "Nueve compromisos sobre el papel de la cultura en las ciudades sostenibles, adoptados en la primera Cumbre de Cultura de CGLU en Bilbao en 2015."
      },
      "source": {
        "title": "Culture 21: Actions \u2014 Commitments on the role of culture in sustainable cities",
        "publisher": {
          "en": "UCLG Committee on Culture",
          "fr": "Commission culture de CGLU",
          "es": "Comisi\xF3n de cultura de CGLU"
        },
        "year": 2015,
        "url": "https://www.agenda21culture.net/documents/culture-21-actions",
        "note": {
          "en": `Confirmed by a source: the nine commitments, their order, the nine Spanish titles, and two English titles ("Heritage, diversity and creativity", "Governance of culture"). The other English titles and all the French titles are c21lab's translations; the English and French titles of commitment 6 are unconfirmed (the Spanish says "equidad", equity). Written for c21lab and not official: the short titles, descriptions, discussion prompts, and the 1-10 scale with its bands. The official 100 actions are not included.`,
          "fr": "Confirm\xE9s par une source : les neuf engagements, leur ordre, les neuf titres espagnols et deux titres anglais (\xAB Heritage, diversity and creativity \xBB, \xAB Governance of culture \xBB). Les autres titres anglais et tous les titres fran\xE7ais sont des traductions de c21lab ; les titres anglais et fran\xE7ais de l\u2019engagement 6 ne sont pas confirm\xE9s (l\u2019espagnol dit \xAB equidad \xBB, \xE9quit\xE9). \xC9crits pour c21lab et non officiels : les titres courts, les descriptions, les questions de discussion et l\u2019\xE9chelle de 1 \xE0 10 avec ses niveaux. Les 100 actions officielles ne sont pas incluses.",
          "es": "Confirmados por una fuente: los nueve compromisos, su orden, los nueve t\xEDtulos en espa\xF1ol y dos t\xEDtulos en ingl\xE9s (\xABHeritage, diversity and creativity\xBB, \xABGovernance of culture\xBB). Los dem\xE1s t\xEDtulos en ingl\xE9s y todos los t\xEDtulos en franc\xE9s son traducciones de c21lab; los t\xEDtulos en ingl\xE9s y en franc\xE9s del compromiso 6 no est\xE1n confirmados (el espa\xF1ol dice \xABequidad\xBB). Escritos para c21lab y no oficiales: los t\xEDtulos cortos, las descripciones, las preguntas de debate y la escala de 1 a 10 con sus niveles. Las 100 acciones oficiales no se incluyen."
        }
      },
      "scale": {
        "min": 1,
        "max": 10,
        "bands": [
          {
            "id": "emerging",
            "min": 1,
            "max": 3,
            "label": {
              "en": "Emerging",
              "fr": "\xC9mergent",
              "es": "Emergente"
            },
            "description": {
              "en": "Little or no action yet; efforts are isolated or only starting.",
              "fr": "Peu ou pas d\u2019action \xE0 ce jour ; les efforts sont isol\xE9s ou d\xE9butent \xE0 peine.",
              "es": "Poca o ninguna acci\xF3n por ahora; los esfuerzos son aislados o apenas comienzan."
            }
          },
          {
            "id": "developing",
            "min": 4,
            "max": 7,
            "label": {
              "en": "Developing",
              "fr": "En d\xE9veloppement",
              "es": "En desarrollo"
            },
            "description": {
              "en": "Real action exists but is partial, uneven or not yet sustained.",
              "fr": "Des actions r\xE9elles existent, mais elles restent partielles, in\xE9gales ou encore fragiles.",
              "es": "Existen acciones reales, pero son parciales, desiguales o todav\xEDa poco sostenidas."
            }
          },
          {
            "id": "advanced",
            "min": 8,
            "max": 10,
            "label": {
              "en": "Advanced",
              "fr": "Avanc\xE9",
              "es": "Avanzado"
            },
            "description": {
              "en": "Action is consistent, well established and shared across actors.",
              "fr": "L\u2019action est coh\xE9rente, bien \xE9tablie et partag\xE9e entre les acteurs.",
              "es": "La acci\xF3n es coherente, est\xE1 consolidada y es compartida por los distintos actores."
            }
          }
        ]
      },
      "percent": {
        "formula": "linear",
        "decimals": 1
      },
      "commitments": [
        {
          "id": "1",
          "title": {
            "en": "Cultural rights",
            "fr": "Droits culturels",
            "es": "Derechos culturales"
          },
          "short": {
            "en": "Cultural rights",
            "fr": "Droits culturels",
            "es": "Derechos culturales"
          },
          "description": {
            "en": "How far everyone in the city can take part in cultural life, express themselves and have access to culture, and how cultural rights inform local policies.",
            "fr": "Dans quelle mesure chacun peut participer \xE0 la vie culturelle de la ville, s\u2019exprimer et acc\xE9der \xE0 la culture, et comment les droits culturels orientent les politiques locales.",
            "es": "En qu\xE9 medida todas las personas pueden participar en la vida cultural de la ciudad, expresarse y acceder a la cultura, y c\xF3mo los derechos culturales orientan las pol\xEDticas locales."
          },
          "prompts": [
            {
              "en": "Who in the city is left out of cultural life today, and why?",
              "fr": "Qui, dans la ville, est aujourd\u2019hui tenu \xE0 l\u2019\xE9cart de la vie culturelle, et pourquoi ?",
              "es": "\xBFQui\xE9n queda hoy al margen de la vida cultural de la ciudad, y por qu\xE9?"
            },
            {
              "en": "Can residents take part in deciding what culture the city supports? How?",
              "fr": "Les habitants peuvent-ils participer aux d\xE9cisions sur la culture que la ville soutient ? De quelle mani\xE8re ?",
              "es": "\xBFPueden los habitantes participar en las decisiones sobre la cultura que apoya la ciudad? \xBFDe qu\xE9 manera?"
            },
            {
              "en": "Are cultural rights named in local policies, and do they change anything in practice?",
              "fr": "Les droits culturels figurent-ils dans les politiques locales, et changent-ils quelque chose en pratique ?",
              "es": "\xBFAparecen los derechos culturales en las pol\xEDticas locales, y cambian algo en la pr\xE1ctica?"
            },
            {
              "en": "What stops people from expressing their own culture in public: cost, distance, language, fear?",
              "fr": "Qu\u2019est-ce qui emp\xEAche les gens d\u2019exprimer leur propre culture en public : le co\xFBt, la distance, la langue, la peur ?",
              "es": "\xBFQu\xE9 impide a las personas expresar su propia cultura en p\xFAblico: el costo, la distancia, la lengua, el miedo?"
            }
          ]
        },
        {
          "id": "2",
          "title": {
            "en": "Heritage, diversity and creativity",
            "fr": "Patrimoine, diversit\xE9 et cr\xE9ativit\xE9",
            "es": "Patrimonio, diversidad y creatividad"
          },
          "short": {
            "en": "Heritage & creativity",
            "fr": "Patrimoine & cr\xE9ation",
            "es": "Patrimonio y creaci\xF3n"
          },
          "description": {
            "en": "How the city looks after its tangible and intangible heritage, supports the diversity of cultural expressions and enables artistic creation and innovation.",
            "fr": "Comment la ville prend soin de son patrimoine mat\xE9riel et immat\xE9riel, soutient la diversit\xE9 des expressions culturelles et rend possibles la cr\xE9ation artistique et l\u2019innovation.",
            "es": "C\xF3mo la ciudad cuida su patrimonio material e inmaterial, apoya la diversidad de las expresiones culturales y hace posibles la creaci\xF3n art\xEDstica y la innovaci\xF3n."
          },
          "prompts": [
            {
              "en": "Which parts of the city's heritage, tangible or intangible, are cared for, and which are being lost?",
              "fr": "Quelles parties du patrimoine de la ville, mat\xE9riel ou immat\xE9riel, sont entretenues, et lesquelles se perdent ?",
              "es": "\xBFQu\xE9 partes del patrimonio de la ciudad, material o inmaterial, se cuidan, y cu\xE1les se est\xE1n perdiendo?"
            },
            {
              "en": "Whose heritage does the city tell, and whose stories are missing?",
              "fr": "De qui la ville raconte-t-elle le patrimoine, et quelles histoires manquent ?",
              "es": "\xBFDe qui\xE9n es el patrimonio que cuenta la ciudad, y qu\xE9 historias faltan?"
            },
            {
              "en": "Where can artists and creators experiment, rehearse and show new work here?",
              "fr": "O\xF9 les artistes et les cr\xE9ateurs peuvent-ils exp\xE9rimenter, r\xE9p\xE9ter et pr\xE9senter de nouvelles \u0153uvres ici ?",
              "es": "\xBFD\xF3nde pueden los artistas y creadores experimentar, ensayar y mostrar obras nuevas aqu\xED?"
            },
            {
              "en": "Do public funding and programmes reflect the diversity of cultural expressions in the city?",
              "fr": "Les financements et les programmes publics refl\xE8tent-ils la diversit\xE9 des expressions culturelles de la ville ?",
              "es": "\xBFReflejan la financiaci\xF3n y los programas p\xFAblicos la diversidad de expresiones culturales de la ciudad?"
            }
          ]
        },
        {
          "id": "3",
          "title": {
            "en": "Culture and education",
            "fr": "Culture et \xE9ducation",
            "es": "Cultura y educaci\xF3n"
          },
          "short": {
            "en": "Education",
            "fr": "\xC9ducation",
            "es": "Educaci\xF3n"
          },
          "description": {
            "en": "The links between cultural life and education, in schools and beyond: arts education, lifelong learning and cooperation between cultural and educational institutions.",
            "fr": "Les liens entre la vie culturelle et l\u2019\xE9ducation, \xE0 l\u2019\xE9cole et au-del\xE0 : \xE9ducation artistique, apprentissage tout au long de la vie et coop\xE9ration entre institutions culturelles et \xE9ducatives.",
            "es": "Los v\xEDnculos entre la vida cultural y la educaci\xF3n, dentro y fuera de la escuela: educaci\xF3n art\xEDstica, aprendizaje a lo largo de la vida y cooperaci\xF3n entre instituciones culturales y educativas."
          },
          "prompts": [
            {
              "en": "What arts and cultural education does a child growing up here actually receive?",
              "fr": "Quelle \xE9ducation artistique et culturelle un enfant qui grandit ici re\xE7oit-il r\xE9ellement ?",
              "es": "\xBFQu\xE9 educaci\xF3n art\xEDstica y cultural recibe realmente un ni\xF1o o una ni\xF1a que crece aqu\xED?"
            },
            {
              "en": "How do schools, libraries, museums and cultural groups work together, if at all?",
              "fr": "Comment les \xE9coles, les biblioth\xE8ques, les mus\xE9es et les associations culturelles travaillent-ils ensemble, s\u2019ils le font ?",
              "es": "\xBFC\xF3mo trabajan juntos las escuelas, las bibliotecas, los museos y los grupos culturales, si es que lo hacen?"
            },
            {
              "en": "What chances do adults have to keep learning through culture?",
              "fr": "Quelles possibilit\xE9s les adultes ont-ils de continuer \xE0 apprendre par la culture ?",
              "es": "\xBFQu\xE9 oportunidades tienen las personas adultas de seguir aprendiendo a trav\xE9s de la cultura?"
            },
            {
              "en": "Are local languages, knowledge and traditions present in what is taught?",
              "fr": "Les langues, les savoirs et les traditions locales sont-ils pr\xE9sents dans ce qui est enseign\xE9 ?",
              "es": "\xBFEst\xE1n presentes las lenguas, los saberes y las tradiciones locales en lo que se ense\xF1a?"
            }
          ]
        },
        {
          "id": "4",
          "title": {
            "en": "Culture and environment",
            "fr": "Culture et environnement",
            "es": "Cultura y medio ambiente"
          },
          "short": {
            "en": "Environment",
            "fr": "Environnement",
            "es": "Medio ambiente"
          },
          "description": {
            "en": "How cultural actors and policies take part in the response to environmental challenges, and how culture helps people understand and act on climate and ecological change.",
            "fr": "Comment les acteurs et les politiques culturels contribuent \xE0 r\xE9pondre aux enjeux environnementaux, et comment la culture aide \xE0 comprendre le changement climatique et \xE9cologique et \xE0 agir.",
            "es": "C\xF3mo los actores y las pol\xEDticas culturales contribuyen a responder a los retos ambientales, y c\xF3mo la cultura ayuda a comprender el cambio clim\xE1tico y ecol\xF3gico y a actuar."
          },
          "prompts": [
            {
              "en": "Do cultural venues and events here measure and reduce their environmental footprint?",
              "fr": "Les lieux et les \xE9v\xE9nements culturels d\u2019ici mesurent-ils et r\xE9duisent-ils leur empreinte environnementale ?",
              "es": "\xBFMiden y reducen su huella ambiental los espacios y los eventos culturales de aqu\xED?"
            },
            {
              "en": "How do artists and cultural groups help people talk about climate change?",
              "fr": "Comment les artistes et les associations culturelles aident-ils les habitants \xE0 parler du changement climatique ?",
              "es": "\xBFC\xF3mo ayudan los artistas y los grupos culturales a la gente a hablar del cambio clim\xE1tico?"
            },
            {
              "en": "Is traditional or local knowledge about nature and the land valued in environmental policy?",
              "fr": "Les savoirs traditionnels ou locaux sur la nature et le territoire sont-ils valoris\xE9s dans les politiques environnementales ?",
              "es": "\xBFSe valoran los saberes tradicionales o locales sobre la naturaleza y el territorio en las pol\xEDticas ambientales?"
            },
            {
              "en": "Do the environment and culture departments ever plan anything together?",
              "fr": "Les services de l\u2019environnement et de la culture montent-ils parfois des projets ensemble ?",
              "es": "\xBFPlanifican alguna vez algo juntos los departamentos de medio ambiente y de cultura?"
            }
          ]
        },
        {
          "id": "5",
          "title": {
            "en": "Culture and economy",
            "fr": "Culture et \xE9conomie",
            "es": "Cultura y econom\xEDa"
          },
          "short": {
            "en": "Economy",
            "fr": "\xC9conomie",
            "es": "Econom\xEDa"
          },
          "description": {
            "en": "The place of culture in the local economy: cultural and creative jobs and enterprises, fair conditions for cultural workers, and links between culture and other economic sectors.",
            "fr": "La place de la culture dans l\u2019\xE9conomie locale : emplois et entreprises culturels et cr\xE9atifs, conditions de travail \xE9quitables pour les professionnels de la culture, et liens avec les autres secteurs \xE9conomiques.",
            "es": "El lugar de la cultura en la econom\xEDa local: empleos y empresas culturales y creativos, condiciones justas para quienes trabajan en la cultura y v\xEDnculos con otros sectores econ\xF3micos."
          },
          "prompts": [
            {
              "en": "Can people make a decent living from cultural work in this city?",
              "fr": "Peut-on vivre dignement d\u2019un travail culturel dans cette ville ?",
              "es": "\xBFSe puede vivir dignamente del trabajo cultural en esta ciudad?"
            },
            {
              "en": "Which cultural and creative activities bring jobs and income here, and who benefits?",
              "fr": "Quelles activit\xE9s culturelles et cr\xE9atives cr\xE9ent ici des emplois et des revenus, et qui en profite ?",
              "es": "\xBFQu\xE9 actividades culturales y creativas generan aqu\xED empleo e ingresos, y qui\xE9n se beneficia?"
            },
            {
              "en": "Does the city's economic development strategy mention culture? In what terms?",
              "fr": "La strat\xE9gie de d\xE9veloppement \xE9conomique de la ville mentionne-t-elle la culture ? En quels termes ?",
              "es": "\xBFMenciona la cultura la estrategia de desarrollo econ\xF3mico de la ciudad? \xBFEn qu\xE9 t\xE9rminos?"
            },
            {
              "en": "How do tourism and cultural life affect each other, for better or worse?",
              "fr": "Comment le tourisme et la vie culturelle s\u2019influencent-ils, en bien comme en mal ?",
              "es": "\xBFC\xF3mo se influyen mutuamente el turismo y la vida cultural, para bien o para mal?"
            }
          ]
        },
        {
          "id": "6",
          "title": {
            "en": "Culture, equality and social inclusion",
            "fr": "Culture, \xE9quit\xE9 et inclusion sociale",
            "es": "Cultura, equidad e inclusi\xF3n social"
          },
          "short": {
            "en": "Equality & inclusion",
            "fr": "\xC9quit\xE9 et inclusion",
            "es": "Equidad e inclusi\xF3n"
          },
          "description": {
            "en": "How cultural policies and programmes reach people facing poverty, discrimination or isolation, and how culture contributes to equality and social cohesion.",
            "fr": "Comment les politiques et les programmes culturels atteignent les personnes confront\xE9es \xE0 la pauvret\xE9, aux discriminations ou \xE0 l\u2019isolement, et comment la culture contribue \xE0 l\u2019\xE9quit\xE9 et \xE0 la coh\xE9sion sociale.",
            "es": "C\xF3mo las pol\xEDticas y los programas culturales llegan a las personas que enfrentan pobreza, discriminaci\xF3n o aislamiento, y c\xF3mo la cultura contribuye a la equidad y la cohesi\xF3n social."
          },
          "prompts": [
            {
              "en": "Which neighbourhoods have the fewest cultural facilities and activities?",
              "fr": "Quels quartiers ont le moins d\u2019\xE9quipements et d\u2019activit\xE9s culturels ?",
              "es": "\xBFQu\xE9 barrios tienen menos equipamientos y actividades culturales?"
            },
            {
              "en": "How are people with disabilities, older people and newcomers included in cultural programmes?",
              "fr": "Comment les personnes handicap\xE9es, les personnes \xE2g\xE9es et les nouveaux arrivants sont-ils associ\xE9s aux programmes culturels ?",
              "es": "\xBFC\xF3mo se incluye a las personas con discapacidad, a las personas mayores y a los reci\xE9n llegados en los programas culturales?"
            },
            {
              "en": "Are women and men, and people of different backgrounds, equally visible on stage and in decision-making?",
              "fr": "Les femmes et les hommes, et les personnes d\u2019origines diverses, sont-ils \xE9galement visibles sur sc\xE8ne et dans les lieux de d\xE9cision ?",
              "es": "\xBFSon igualmente visibles las mujeres y los hombres, y las personas de distintos or\xEDgenes, en los escenarios y en la toma de decisiones?"
            },
            {
              "en": "Do social services and cultural organisations work together? Give an example.",
              "fr": "Les services sociaux et les organisations culturelles travaillent-ils ensemble ? Donnez un exemple.",
              "es": "\xBFTrabajan juntos los servicios sociales y las organizaciones culturales? Den un ejemplo."
            }
          ]
        },
        {
          "id": "7",
          "title": {
            "en": "Culture, urban planning and public space",
            "fr": "Culture, urbanisme et espace public",
            "es": "Cultura, planificaci\xF3n urbana y espacio p\xFAblico"
          },
          "short": {
            "en": "Urban planning",
            "fr": "Urbanisme",
            "es": "Planificaci\xF3n urbana"
          },
          "description": {
            "en": "How culture is taken into account in urban planning and the design of public spaces, and how residents can use, shape and give meaning to the places they share.",
            "fr": "La prise en compte de la culture dans l\u2019urbanisme et l\u2019am\xE9nagement des espaces publics, et la mani\xE8re dont les habitants peuvent utiliser, fa\xE7onner et s\u2019approprier les lieux qu\u2019ils partagent.",
            "es": "La consideraci\xF3n de la cultura en la planificaci\xF3n urbana y el dise\xF1o de los espacios p\xFAblicos, y la manera en que los habitantes pueden usar, transformar y apropiarse de los lugares que comparten."
          },
          "prompts": [
            {
              "en": "Are cultural actors consulted when a neighbourhood is planned or redeveloped?",
              "fr": "Les acteurs culturels sont-ils consult\xE9s quand un quartier est am\xE9nag\xE9 ou r\xE9am\xE9nag\xE9 ?",
              "es": "\xBFSe consulta a los actores culturales cuando se planifica o se renueva un barrio?"
            },
            {
              "en": "Which public spaces do people use for culture, and which are empty or closed to them?",
              "fr": "Quels espaces publics les habitants utilisent-ils pour la culture, et lesquels restent vides ou leur sont ferm\xE9s ?",
              "es": "\xBFQu\xE9 espacios p\xFAblicos usa la gente para la cultura, y cu\xE1les est\xE1n vac\xEDos o le est\xE1n cerrados?"
            },
            {
              "en": "How does the city protect the character of places while letting them change?",
              "fr": "Comment la ville prot\xE8ge-t-elle le caract\xE8re des lieux tout en les laissant \xE9voluer ?",
              "es": "\xBFC\xF3mo protege la ciudad el car\xE1cter de los lugares sin impedir que evolucionen?"
            },
            {
              "en": "Is there a cultural facility within easy reach of every resident?",
              "fr": "Chaque habitant dispose-t-il d\u2019un \xE9quipement culturel \xE0 proximit\xE9 ?",
              "es": "\xBFTiene cada habitante un equipamiento cultural a poca distancia?"
            }
          ]
        },
        {
          "id": "8",
          "title": {
            "en": "Culture, information and knowledge",
            "fr": "Culture, information et savoir",
            "es": "Cultura, informaci\xF3n y conocimiento"
          },
          "short": {
            "en": "Information, knowledge",
            "fr": "Information, savoir",
            "es": "Informaci\xF3n, saber"
          },
          "description": {
            "en": "Access to information and knowledge, freedom of expression, the digital dimension of cultural life, and how the city gathers and shares knowledge about its own culture.",
            "fr": "L\u2019acc\xE8s \xE0 l\u2019information et au savoir, la libert\xE9 d\u2019expression, la dimension num\xE9rique de la vie culturelle, et la mani\xE8re dont la ville recueille et partage la connaissance de sa propre culture.",
            "es": "El acceso a la informaci\xF3n y al conocimiento, la libertad de expresi\xF3n, la dimensi\xF3n digital de la vida cultural y la manera en que la ciudad recoge y comparte conocimiento sobre su propia cultura."
          },
          "prompts": [
            {
              "en": "Where can residents find out what cultural life the city offers, and in which languages?",
              "fr": "O\xF9 les habitants peuvent-ils s\u2019informer sur l\u2019offre culturelle de la ville, et dans quelles langues ?",
              "es": "\xBFD\xF3nde pueden informarse los habitantes sobre la oferta cultural de la ciudad, y en qu\xE9 idiomas?"
            },
            {
              "en": "Do local media give space to independent and diverse voices?",
              "fr": "Les m\xE9dias locaux font-ils place \xE0 des voix ind\xE9pendantes et diverses ?",
              "es": "\xBFDan espacio los medios locales a voces independientes y diversas?"
            },
            {
              "en": "What data does the city collect about its cultural life, and who uses it?",
              "fr": "Quelles donn\xE9es la ville recueille-t-elle sur sa vie culturelle, et qui les utilise ?",
              "es": "\xBFQu\xE9 datos recoge la ciudad sobre su vida cultural, y qui\xE9n los utiliza?"
            },
            {
              "en": "How is digital technology changing access to culture here, and for whom?",
              "fr": "Comment le num\xE9rique change-t-il l\u2019acc\xE8s \xE0 la culture ici, et pour qui ?",
              "es": "\xBFC\xF3mo cambia lo digital el acceso a la cultura aqu\xED, y para qui\xE9n?"
            }
          ]
        },
        {
          "id": "9",
          "title": {
            "en": "Governance of culture",
            "fr": "Gouvernance de la culture",
            "es": "Gobernanza de la cultura"
          },
          "short": {
            "en": "Governance",
            "fr": "Gouvernance",
            "es": "Gobernanza"
          },
          "description": {
            "en": "How decisions about culture are made and shared: the roles of local government, civil society and the private sector, participation, cooperation between levels of government, and evaluation.",
            "fr": "Comment les d\xE9cisions sur la culture sont prises et partag\xE9es : r\xF4le des pouvoirs publics locaux, de la soci\xE9t\xE9 civile et du secteur priv\xE9, participation, coop\xE9ration entre niveaux de gouvernement et \xE9valuation.",
            "es": "C\xF3mo se toman y se comparten las decisiones sobre la cultura: el papel del gobierno local, la sociedad civil y el sector privado, la participaci\xF3n, la cooperaci\xF3n entre niveles de gobierno y la evaluaci\xF3n."
          },
          "prompts": [
            {
              "en": "Who takes decisions on culture in the city, and who is consulted?",
              "fr": "Qui prend les d\xE9cisions sur la culture dans la ville, et qui est consult\xE9 ?",
              "es": "\xBFQui\xE9n toma las decisiones sobre la cultura en la ciudad, y a qui\xE9n se consulta?"
            },
            {
              "en": "Is there a local cultural strategy? Was it written with civil society, and is it followed?",
              "fr": "Existe-t-il une strat\xE9gie culturelle locale ? A-t-elle \xE9t\xE9 \xE9labor\xE9e avec la soci\xE9t\xE9 civile, et est-elle appliqu\xE9e ?",
              "es": "\xBFExiste una estrategia cultural local? \xBFSe elabor\xF3 con la sociedad civil, y se aplica?"
            },
            {
              "en": "Do other departments, beyond culture, see culture as part of their work?",
              "fr": "Les autres services, au-del\xE0 de celui de la culture, consid\xE8rent-ils la culture comme faisant partie de leur travail ?",
              "es": "\xBFConsideran otros departamentos, adem\xE1s del de cultura, que la cultura forma parte de su trabajo?"
            },
            {
              "en": "How are cultural policies evaluated, and what happens with the results?",
              "fr": "Comment les politiques culturelles sont-elles \xE9valu\xE9es, et que fait-on des r\xE9sultats ?",
              "es": "\xBFC\xF3mo se eval\xFAan las pol\xEDticas culturales, y qu\xE9 se hace con los resultados?"
            }
          ]
        }
      ]
    }
  }
};

// dist/core/frameworks/precompiled.js
function seedBundledFrameworks(ctx) {
  try {
    if (contentHash(readFileSync(schemaPath("framework"))) !== SCHEMA_HASH)
      return;
  } catch {
    return;
  }
  for (const [id, entry] of Object.entries(FRAMEWORKS)) {
    const path = join(FRAMEWORKS_DIR, `${id}.yaml`);
    if (ctx.frameworks.has(path))
      continue;
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    if (contentHash(bytes) !== entry.hash)
      continue;
    ctx.frameworks.set(path, { kind: "framework", findings: [], framework: entry.data });
  }
}
__name(seedBundledFrameworks, "seedBundledFrameworks");

export {
  seedBundledFrameworks
};
