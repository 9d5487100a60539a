import {
  ID,
  RootFinder,
  bundledFrameworkIds,
  isAllowed,
  isBundledRef,
  isInside,
  resolveFrameworkTarget
} from "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-QKMJRXT4.js";
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
