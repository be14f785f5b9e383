#include <doctest/doctest.h>

#include "algorithms/resample/shared/test_data.hpp"
#include "algorithms/resample/shared/row_identity.hpp"

using namespace imbench;

namespace {

Spec canonical(const std::string& text) {
  return Registry::instance().canonicalize(Kind::Resample, parse_spec(text));
}

}  // namespace

TEST_CASE("chain: smote then tomek_links is smote_tomek, row for row") {
  const test_data::Labelled d = test_data::blobs({300, 40, 80}, 3, RandomStream::keyed("chain-st"));
  RandomStream a = RandomStream::keyed("x"), b = RandomStream::keyed("x");
  const Resampled chained =
      test_data::resampler("chain:steps={smote:k_neighbors=3;tomek_links:sampling_strategy=all}")->resample(d.view(), a);
  const Resampled direct = test_data::resampler("smote_tomek:k_neighbors=3")->resample(d.view(), b);
  CHECK(chained.X == direct.X);
  CHECK(chained.y == direct.y);
  CHECK(chained.n_synthetic == direct.n_synthetic);
}

TEST_CASE("chain: n_synthetic counts only the synthetic rows that survive later steps") {
  const test_data::Labelled d = test_data::blobs({200, 30}, 2, RandomStream::keyed("chain-count"));
  RandomStream a = RandomStream::keyed("x"), b = RandomStream::keyed("x");
  const Resampled over = test_data::resampler("smote")->resample(d.view(), a);
  CHECK(over.n_synthetic == 170);
  // random_under after smote (both classes at 200) keeps 100 of each, drawn at random.
  const Resampled chained =
      test_data::resampler("chain:steps={smote;random_under:sampling_strategy={0:100,1:100}}")->resample(d.view(), b);
  CHECK(class_counts(chained.y, 2) == std::vector<std::size_t>{100, 100});
  CHECK(chained.n_synthetic == count_unseen_rows(d.view(), chained));
  CHECK(chained.n_synthetic < 100);  // some of class 1's 100 rows are originals
  CHECK(chained.n_synthetic > 0);
  // A chain of one step is that step.
  RandomStream c = RandomStream::keyed("x");
  const Resampled single = test_data::resampler("chain:steps=smote")->resample(d.view(), c);
  CHECK(single.X == over.X);
  CHECK(single.n_synthetic == over.n_synthetic);
  // Bootstrap copies are not synthetic, in a chain as alone.
  RandomStream f = RandomStream::keyed("x");
  CHECK(test_data::resampler("chain:steps={random_over;tomek_links}")->resample(d.view(), f).n_synthetic == 0);
  // Undersampling first, then smote: every new row is synthetic.
  RandomStream e = RandomStream::keyed("x");
  const Resampled under_over =
      test_data::resampler("chain:steps={random_under:sampling_strategy={0:100};smote}")->resample(d.view(), e);
  CHECK(class_counts(under_over.y, 2) == std::vector<std::size_t>{100, 100});
  CHECK(under_over.n_synthetic == 70);
}

TEST_CASE("chain: the canonical spec spells out every inner default and parses back") {
  const Spec a = canonical("chain:steps={smote:k_neighbors=3;tomek_links}");
  const Spec b =
      canonical("chain:steps={ smote:sampling_strategy=auto,k_neighbors=3 ; tomek_links:sampling_strategy=auto}");
  CHECK(a.text() == b.text());
  CHECK(a.params.at("steps") ==
        "{" + canonical("smote:k_neighbors=3").text() + ";" + canonical("tomek_links").text() + "}");
  CHECK(canonical(a.text()).text() == a.text());
  // Inner braces (a per-class strategy) and nested chains survive.
  const Spec nested = canonical("chain:steps={chain:steps={smote:sampling_strategy={1:150};enn};random_under}");
  CHECK(canonical(nested.text()).text() == nested.text());
  CHECK(nested.params.at("steps").find("{1:150}") != std::string::npos);
  const PipelineSpec pipeline = parse_pipeline("resample=" + a.text() + " model=decision_tree");
  CHECK(pipeline.stage("resample")->text() == a.text());
}

TEST_CASE("chain: unknown or bad inner specs are errors with the registry's suggestions") {
  std::string message;
  try {
    canonical("chain:steps={smoet;tomek_links}");
  } catch (const Error& e) {
    message = e.what();
  }
  CHECK(message.find("parameter 'steps' of 'chain'") != std::string::npos);
  CHECK(message.find("unknown resample plugin 'smoet'; did you mean 'smote'?") != std::string::npos);
  CHECK_THROWS_WITH_AS(canonical("chain:steps={smote:k=3}"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(canonical("chain:steps={smote;;enn}"), doctest::Contains("empty step"), Error);
  CHECK_THROWS_WITH_AS(canonical("chain:steps={}"), doctest::Contains("empty step"), Error);
  // A step failing at run time names its position and spec.
  const test_data::Labelled d = test_data::blobs({20, 3}, 2, RandomStream::keyed("chain-fail"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("chain:steps={none;smote:k_neighbors=5}")->resample(d.view(), rng),
                       doctest::Contains("chain: step 2 (smote:"), Error);
}
