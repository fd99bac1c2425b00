# Part of bench/ets_vs_r.sh: fits forecast::ets(y) (its defaults: the whole family, 2.1) to
# real series of R's datasets and forecast packages, holding out the last h
# points (6 for annual series, two cycles otherwise); writes the series
# (train and test rows) and R's accuracy per series as CSV for gpumkt to
# fit the same rows.  Usage: Rscript bench/ets_vs_r.R OUTDIR
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
series <- list(
  AirPassengers = AirPassengers, nottem = nottem, USAccDeaths = USAccDeaths,
  ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, co2 = co2,
  UKDriverDeaths = UKDriverDeaths, gas = forecast::gas, wineind = forecast::wineind,
  UKgas = UKgas, austres = austres, JohnsonJohnson = JohnsonJohnson,
  woolyrnq = forecast::woolyrnq, qgdp_uk = window(UKgas, 1960),
  lynx = lynx, Nile = Nile, WWWusage = WWWusage, LakeHuron = LakeHuron,
  airmiles = airmiles, nhtemp = nhtemp, sunspot.year = sunspot.year,
  discoveries = discoveries, lh = lh, BJsales = BJsales)
series$qgdp_uk <- NULL
rows <- list(); res <- list()
for (name in names(series)) {
  y <- series[[name]]
  f <- frequency(y)
  h <- if (f == 1) 6 else 2 * f
  n <- length(y)
  train <- ts(y[1:(n - h)], start = start(y), frequency = f)
  test <- y[(n - h + 1):n]
  t0 <- proc.time()[["elapsed"]]
  fit <- ets(train)
  fc <- forecast(fit, h = h, level = 95)
  took <- proc.time()[["elapsed"]] - t0
  scale <- mean(abs(diff(as.numeric(train), lag = f)))
  tm <- as.numeric(time(y))
  yr <- floor(tm + 1e-9)
  per <- round((tm - yr) * f) + 1
  date <- if (f == 1) NA else sprintf("%04d-%02d-01", yr, (per - 1) * (12 / f) + 1)
  rows[[name]] <- data.frame(name = name, freq = f, i = seq_len(n),
                             d = date, y = as.numeric(y), train = seq_len(n) <= n - h)
  res[[name]] <- data.frame(name = name, freq = f, n = n - h, h = h, scale = scale,
                            r_model = fit$method,
                            r_mase = mean(abs(test - fc$mean)) / scale,
                            r_cover = mean(test >= fc$lower & test <= fc$upper),
                            r_seconds = took)
}
write.csv(do.call(rbind, rows), file.path(out, "points.csv"), row.names = FALSE, na = "")
write.csv(do.call(rbind, res), file.path(out, "r_results.csv"), row.names = FALSE)
