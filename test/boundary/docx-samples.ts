export const docxSamples = {};
export const docxNodeSamples = {};
