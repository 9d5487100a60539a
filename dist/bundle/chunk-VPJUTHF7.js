import {
  ID,
  RootFinder,
  bundledFrameworkIds,
  isAllowed,
  isBundledRef,
  isInside,
  resolveFrameworkTarget
} from "./chunk-ZBHTD6MM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  ID,
  RootFinder,
  bundledFrameworkIds,
  isAllowed,
  isBundledRef,
  isInside,
  resolveFrameworkTarget
};
