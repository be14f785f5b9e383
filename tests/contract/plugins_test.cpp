// Every registered plugin, whatever its kind, goes through the same
// invariants with its default parameters. A new plugin is covered here
// without anyone editing this file.
#include <doctest/doctest.h>

#include <tbb/task_arena.h>

#include <cmath>

#include "core/registry.hpp"

using namespace imbench;

namespace {

struct Blobs {
  Matrix X;
  Labels y;
  int n_classes;
  std::vector<std::uint8_t> categorical{0, 0, 0, 1};  // column 3 holds codes, so mixed-data resamplers run too
};

// Gaussian blobs, one per class, shifted apart so models can learn them.
Blobs make_blobs(const std::vector<std::size_t>& counts, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed("contract", seed);
  std::size_t n = 0;
  for (auto c : counts) n += c;
  Blobs b{Matrix(static_cast<Eigen::Index>(n), 4), {}, static_cast<int>(counts.size())};
  Eigen::Index row = 0;
  for (std::size_t c = 0; c < counts.size(); ++c)
    for (std::size_t i = 0; i < counts[c]; ++i, ++row) {
      for (Eigen::Index j = 0; j < 4; ++j) b.X(row, j) = rng.normal() + (j == static_cast<Eigen::Index>(c % 4) ? 2.0 : 0.0);
      b.X(row, 3) = std::round(b.X(row, 3));
      b.y.push_back(static_cast<int>(c));
    }
  return b;
}

std::vector<Blobs> contract_data() {
  return {make_blobs({180, 20}, 1), make_blobs({150, 40, 20}, 2)};
}

bool all_finite(const Matrix& M) { return M.allFinite(); }

template <class T>
std::unique_ptr<T> build_default(const PluginInfo& info) {
  return Registry::instance().build<T>(info.kind, Spec{info.name, {}}).plugin;
}

}  // namespace

TEST_CASE("every plugin is described: summary, parameter descriptions, canonical default spec") {
  for (const PluginInfo* p : Registry::instance().list()) {
    CAPTURE(p->name);
    CHECK_FALSE(p->summary.empty());
    for (const auto& d : p->schema.defs()) {
      CAPTURE(d.name);
      CHECK_FALSE(d.description.empty());
    }
    Spec canonical = Registry::instance().canonicalize(p->kind, Spec{p->name, {}});
    CHECK(canonical.params.size() == p->schema.defs().size());
    CHECK(Registry::instance().canonicalize(p->kind, canonical).text() == canonical.text());
  }
}

TEST_CASE("every resampler returns consistent, finite, deterministic output or a clear error") {
  for (const PluginInfo* p : Registry::instance().list(Kind::Resample)) {
    if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
    for (const Blobs& data : contract_data()) {
      if (data.n_classes > 2 && !p->capabilities.multiclass) continue;
      CAPTURE(p->name);
      CAPTURE(data.n_classes);
      auto resampler = build_default<Resampler>(*p);
      RandomStream r1 = RandomStream::keyed("resample", 1), r2 = RandomStream::keyed("resample", 1);
      LabelledData in{data.X, data.y, data.n_classes, &data.categorical};
      Resampled a = resampler->resample(in, r1);
      Resampled b = resampler->resample(in, r2);
      CHECK(a.X.rows() == static_cast<Eigen::Index>(a.y.size()));
      CHECK(a.X.cols() == data.X.cols());
      CHECK(all_finite(a.X));
      CHECK(a.n_synthetic <= a.y.size());
      for (int label : a.y) CHECK((label >= 0 && label < data.n_classes));
      CHECK(a.X == b.X);
      CHECK(a.y == b.y);
    }
  }
}

TEST_CASE("every resampler gives the same output on 1 and 2 threads") {
  // Large enough that the work splits: over 1024 new rows (draw_rows' runs) and 512 queries (a search block).
  const Blobs data = make_blobs({2600, 400}, 4);
  for (const PluginInfo* p : Registry::instance().list(Kind::Resample)) {
    if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
    CAPTURE(p->name);
    auto resample_on = [&](int threads) {
      tbb::task_arena arena(threads);
      return arena.execute([&] {
        RandomStream rng = RandomStream::keyed("threads", 5);
        return build_default<Resampler>(*p)->resample({data.X, data.y, 2, &data.categorical}, rng);
      });
    };
    const Resampled one = resample_on(1), two = resample_on(2);
    CHECK(one.X == two.X);
    CHECK(one.y == two.y);
    CHECK(one.n_synthetic == two.n_synthetic);
  }
}

TEST_CASE("every resampler gives a result or an imbench::Error on a two-sample minority") {
  Blobs tiny = make_blobs({30, 2}, 3);
  for (const PluginInfo* p : Registry::instance().list(Kind::Resample)) {
    if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
    CAPTURE(p->name);
    auto resampler = build_default<Resampler>(*p);
    RandomStream rng = RandomStream::keyed("tiny");
    try {
      Resampled out = resampler->resample({tiny.X, tiny.y, 2, &tiny.categorical}, rng);
      CHECK(out.X.rows() == static_cast<Eigen::Index>(out.y.size()));
    } catch (const Error& e) {
      CHECK(std::string(e.what()).size() > 10);
    }
  }
}

TEST_CASE("every weighting gives one positive finite weight per sample") {
  for (const PluginInfo* p : Registry::instance().list(Kind::Weight)) {
    if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
    for (const Blobs& data : contract_data()) {
      CAPTURE(p->name);
      Weights w = build_default<Weighting>(*p)->weights({data.X, data.y, data.n_classes});
      REQUIRE(w.size() == data.y.size());
      for (double v : w) CHECK((std::isfinite(v) && v > 0));
    }
  }
}

TEST_CASE("every model fits, predicts probabilities that sum to one, beats chance, repeats itself on 1 and 2 threads") {
  for (const PluginInfo* p : Registry::instance().list(Kind::Model)) {
    if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
    for (const Blobs& data : contract_data()) {
      if (data.n_classes > 2 && !p->capabilities.multiclass) continue;
      CAPTURE(p->name);
      CAPTURE(data.n_classes);
      // Models may run TBB inside (forests, ensembles): the thread count must not show in the result.
      auto fit_predict = [&](int threads) {
        tbb::task_arena arena(threads);
        return arena.execute([&] {
          auto model = build_default<Classifier>(*p);
          RandomStream rng = RandomStream::keyed("fit", 7);
          model->fit({data.X, data.y, data.n_classes}, {}, rng);
          return model->predict_proba(data.X);
        });
      };
      Matrix proba = fit_predict(1);
      REQUIRE(proba.rows() == data.X.rows());
      REQUIRE(proba.cols() == data.n_classes);
      CHECK(all_finite(proba));
      std::size_t correct = 0;
      std::vector<double> class_hits(static_cast<std::size_t>(data.n_classes), 0.0), class_rows = class_hits;
      for (Eigen::Index i = 0; i < proba.rows(); ++i) {
        CHECK(proba.row(i).sum() == doctest::Approx(1.0).epsilon(1e-9));
        CHECK(proba.row(i).minCoeff() >= 0.0);
        Eigen::Index best;
        proba.row(i).maxCoeff(&best);
        const int label = data.y[static_cast<std::size_t>(i)];
        correct += static_cast<int>(best) == label;
        class_hits[static_cast<std::size_t>(label)] += static_cast<int>(best) == label;
        class_rows[static_cast<std::size_t>(label)] += 1;
      }
      double balanced_accuracy = 0;
      for (std::size_t c = 0; c < class_rows.size(); ++c) balanced_accuracy += class_hits[c] / class_rows[c];
      balanced_accuracy /= static_cast<double>(class_rows.size());
      // The majority class alone gives 0.9 / 0.71 accuracy (balanced: 0.5 / 0.33); separable blobs must do
      // better. Balancing ensembles trade accuracy for minority recall, so either measure may show it.
      const double accuracy = static_cast<double>(correct) / static_cast<double>(proba.rows());
      CAPTURE(accuracy);
      CAPTURE(balanced_accuracy);
      // A one-class model (an anomaly detector) never sees the labels, so it need only beat chance clearly.
      if (p->capabilities.one_class) CHECK(balanced_accuracy > 0.7);
      else CHECK((accuracy > 0.92 || balanced_accuracy > 0.88));
      CHECK(fit_predict(1) == proba);
      CHECK(fit_predict(2) == proba);
    }
  }
}

TEST_CASE("every metric is finite on realistic predictions and orders perfect above random") {
  for (const Blobs& data : contract_data()) {
    const int k = data.n_classes;
    const std::size_t n = data.y.size();
    Labels perfect_pred = data.y, random_pred(n);
    Matrix perfect_proba = Matrix::Zero(static_cast<Eigen::Index>(n), k), random_proba(static_cast<Eigen::Index>(n), k);
    RandomStream rng = RandomStream::keyed("metric-contract", k);
    for (std::size_t i = 0; i < n; ++i) {
      auto r = static_cast<Eigen::Index>(i);
      perfect_proba(r, data.y[i]) = 0.9;
      for (int c = 0; c < k; ++c) {
        if (c != data.y[i]) perfect_proba(r, c) = 0.1 / (k - 1);
        random_proba(r, c) = 0.05 + rng.uniform();
      }
      random_proba.row(r) /= random_proba.row(r).sum();
      Eigen::Index best;
      random_proba.row(r).maxCoeff(&best);
      random_pred[i] = static_cast<int>(best);
    }
    for (const PluginInfo* p : Registry::instance().list(Kind::Metric)) {
      if (!p->capabilities.classification()) continue;  // regression plugins: algorithms/regression/plugins
      CAPTURE(p->name);
      CAPTURE(k);
      auto metric = build_default<Metric>(*p);
      double good = metric->compute({data.y, perfect_pred, perfect_proba, k, 1});
      double bad = metric->compute({data.y, random_pred, random_proba, k, 1});
      CHECK(std::isfinite(good));
      CHECK(std::isfinite(bad));
      if (metric->higher_is_better()) CHECK(good >= bad);
      else CHECK(good <= bad);
    }
  }
}
