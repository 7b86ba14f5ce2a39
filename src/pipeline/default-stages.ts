// The standard newsgraph pipeline, in order.
import { entitiesStage } from "../stages/entities/entities.js";
import { mentionsStage } from "../stages/mentions/mentions.js";
import { relationsStage } from "../stages/relations/relations.js";
import { segmentStage } from "../stages/segment/segment.js";
import { fastStatementsStage, statementsStage } from "../stages/statements/statements.js";
import type { Stage } from "./stage.js";

export const DEFAULT_STAGES: readonly Stage[] = [segmentStage, mentionsStage, entitiesStage, statementsStage, relationsStage];

/** The same stages with the fast (perceptron-only) attribution tagger. */
export const FAST_STAGES: readonly Stage[] = DEFAULT_STAGES.map((stage) => (stage === statementsStage ? fastStatementsStage : stage));
