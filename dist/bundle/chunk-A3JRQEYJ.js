import {
  ID,
  RootFinder,
  bundledFrameworkIds,
  isAllowed,
  isBundledRef,
  isInside,
  resolveFrameworkTarget
} from "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
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
