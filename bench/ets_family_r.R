# Reference numbers of issue 19's regression tests (test/sql/ets_family.sql),
# computed by R's forecast::ets (forecast 8.20 on R 4.2.2 when written):
#   Rscript bench/ets_family_r.R
# (a) the perfect exponential 1.3^(year - 2018), 2018..2025 (and 100 times
#     it): R's automatic choice, and its forced AAN;
# (b) the 40-point line -20 + 0.5 t + 3 sin(1.7 t), t = 1..40 (the noise a
#     fixed formula), forced AAN: R's SSE, alpha and loglik.
suppressMessages(library(forecast))
# (with 8 points forecast::ets fits a forced AAN by HoltWinters, not by
# maximum likelihood: n <= its parameters + 4; it reports no loglik then)
show <- function(label, f) {
  r <- f$x - fitted(f)
  cat(sprintf("%s: %s alpha=%.4f beta=%s loglik=%s sse=%.4f rmse=%.4f next=%s\n",
              label, f$method, f$par["alpha"],
              if (is.na(f$par["beta"])) "NA" else sprintf("%.4g", f$par["beta"]),
              if (is.null(f$loglik)) "none" else sprintf("%.4f", f$loglik),
              sum(r^2, na.rm = TRUE), sqrt(mean(r^2, na.rm = TRUE)),
              paste(sprintf("%.2f", forecast(f, h = 3)$mean), collapse = " ")))
}
e1 <- ts(1.3^(0:7), start = 2018)
e100 <- ts(100 * 1.3^(0:7), start = 2018)
show("exp auto", ets(e100))
show("exp AAN", ets(e1, model = "AAN", damped = FALSE))
show("exp100 AAN", ets(e100, model = "AAN", damped = FALSE))
t <- 1:40
line <- ts(-20 + 0.5 * t + 3 * sin(1.7 * t))
show("line AAN", ets(line, model = "AAN", damped = FALSE))
