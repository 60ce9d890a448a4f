import { deriveRag, normaliseStatus, parseOutcomeRefs, parseTimescale, timescaleWindow } from "@cja-kit/core";

// An action due "July 2008", reported "Not commenced" at the end of Quarter 2 2008-09.
const window = timescaleWindow(parseTimescale("July 2008").value);
const reported = normaliseStatus("Not commenced");
const rating = deriveRag({ reported: reported.status, window, at: "2008-09-30" });

console.log(rating.rag, rating.status); // red overdue
console.log(rating.because); // Reported not started; due 31 July 2008, which has passed.
console.log(parseOutcomeRefs("(A1 & C3)").value.refs); // A1 and C3 of the nab-2008 framework
