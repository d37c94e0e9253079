// Random strategies that the language accepts, made the same way on every run from a seed: for
// the properties that every strategy must keep (tests/robustness_test.cpp) and the round trip
// through each database's syntax (tests/round_trip_test.cpp).
#pragma once

#include <random>
#include <string>

namespace searchc::test {

// One to five named lines (`l0 = ...`) of words, phrases, truncation, wildcards, headings with
// and without qualifiers, references to earlier lines, AND, OR, NOT, NEXT and NEAR/n, field
// scopes on words and proximity groups; some lines with a year limit or a role, and sometimes a
// block for ClinicalTrials.gov that accepts narrower searches. Checks without errors.
std::string random_strategy(std::mt19937& random);

}  // namespace searchc::test
