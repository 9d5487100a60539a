import {
  radarRings,
  radarSpec,
  renderRadarSvg,
  renderSpecSvg,
  seriesColors,
  tooManySeries
} from "./chunk-KG5UQLOA.js";
import "./chunk-KIOLZNT5.js";
import "./chunk-UFYCAIRZ.js";
import "./chunk-7L52Y7XC.js";
import "./chunk-BM3PK7SN.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-33AJFZ56.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-24SS6AOI.js";
import "./chunk-PU3MV42Y.js";
import "./chunk-JKJYCBCI.js";
export {
  radarRings,
  radarSpec,
  renderRadarSvg,
  renderSpecSvg,
  seriesColors,
  tooManySeries
};
