# Part of bench/accuracy.sh: the evaluation set, its rolling origins, and
# R's forecasts on them.  Usage: Rscript bench/accuracy.R OUTDIR SERIES ORIGINS
#   SERIES   at most this many series of each frequency (0: all), for development
#   ORIGINS  forecast origins per series (4)
# Writes OUTDIR/series.csv (every point of every series), origins.csv (one row
# per series and origin: the training length and the horizon), r_fc.csv (R's
# point forecasts and 95 % intervals) and r_time.csv (R's time per fit).
#
# THE SET.  Real series that Debian 12 ships with r-cran-forecast: R's
# datasets package and the data of forecast and of the packages it depends
# on (tseries, urca, lmtest, ggplot2); Debian has no Mcomp, fma or expsmooth.
# Every usable univariate series of those packages, chosen once by the rules
# below and not by how any method does on it:
#   - a multivariate object gives one series per column, except dummies
#     (Seatbelts' law, Raotbl3's dd*), differences and lags of another
#     column (lmtest's dy*), and a column that repeats another object
#     (Seatbelts' drivers is UKDriverDeaths);
#   - one copy of a data set: urca's nporg (the Nelson-Plosser series in
#     levels) rather than tseries' NelPlo (logs of the same series) and
#     urca's npext (their extension, logs);
#   - NA: the longest stretch without one (R's na.contiguous);
#   - at most the last 240 points (20 years of months), so that long
#     records (co2, taylor, tcmd) do not weigh in the time and the lengths
#     stay those of competition series;
#   - strictly positive values only, as in the M competitions (sMAPE needs
#     it, multiplicative models too): that leaves out sunspot.year,
#     sunspots, discoveries, treering and camp (zeros), the lmtest
#     columns of rates of change and the urca columns in logs of ratios;
#   - long enough for ORIGINS origins with a first training window of at
#     least max(12, 2 x cycle) points (with the default 4 origins this
#     leaves out airmiles, uspop, ecb and USDistLag).
# Frequencies: yearly (one point a calendar year), quarterly, monthly, and
# "other": series without a calendar cycle or with a finer step (daily
# stock indices, river flows, treasury rates, half-hourly electricity
# demand, per-minute server use, the decennial US census, BJsales); those
# are given to both sides without a cycle (R: frequency 1; gpumkt: integer
# t, its own detection), as the M3 competition treats its "other" series.
#
# ROLLING ORIGIN.  The competition horizons: yearly 6, quarterly 8, monthly
# 18, other 8.  Origins every h/2 points back from the end (yearly 3,
# quarterly 4, monthly 9, other 4): the last origin leaves exactly h points
# after it; each training window is every point up to its origin
# (expanding window).  R fits forecast::ets(y) with its defaults (the full
# family, multiplicative models for positive data, AICc) and
# forecast::thetaf(y, h) on the training ts with the series' frequency
# (1, 4, 12; 1 for other), 95 % intervals.
suppressMessages({
  library(forecast)
  library(urca)
  library(lmtest)
  library(tseries)
  library(ggplot2)
})
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
max_series <- as.integer(args[2])
n_origins <- as.integer(args[3])
MAXLEN <- 240
now <- function() as.numeric(Sys.time())   # microseconds; proc.time() counts milliseconds
H <- c(yearly = 6, quarterly = 8, monthly = 18, other = 8)
M <- c(yearly = 1, quarterly = 4, monthly = 12, other = 1)

# an object of a package's data; file: the data file that holds it
get_obj <- function(name, pkg, file = name) {
  if (pkg == "datasets") return(get(name, envir = as.environment("package:datasets")))
  e <- new.env()
  suppressWarnings(data(list = file, package = pkg, envir = e))
  get(name, envir = e)
}
catalog <- list()
add <- function(name, x, class, start = NULL) {
  # start: c(year, period) of the first point for a plain vector
  if (!is.ts(x)) x <- ts(as.numeric(x), start = start, frequency = M[[class]])
  catalog[[length(catalog) + 1]] <<- list(name = name, class = class, y = x)
}
add_ts <- function(pkg, items, class, file = NULL) {
  for (it in items) add(it, get_obj(it, pkg, if (is.null(file)) it else file), class)
}
add_cols <- function(pkg, item, cols, class, start = NULL, freq = NULL) {
  x <- get_obj(item, pkg)
  for (cn in cols) {
    v <- x[, cn]
    if (!is.null(start)) v <- ts(as.numeric(v), start = start, frequency = freq)
    add(paste0(item, "$", cn), v, class)
  }
}

## yearly
add_ts("datasets", c("LakeHuron", "Nile", "airmiles", "lynx", "nhtemp"), "yearly")
add_cols("urca", "nporg", c("gnp.r", "gnp.n", "gnp.pc", "ip", "emp", "ur", "gnp.p", "cpi",
                            "wg.n", "wg.r", "M", "vel", "bnd", "sp"), "yearly", c(1860, 1), 1)
add_cols("urca", "Raotbl4", c("aus", "can", "den", "fin", "fra", "ger"), "yearly", c(1870, 1), 1)
add_cols("urca", "Raotbl5", c("ita", "nor", "swe", "ukg", "usa"), "yearly", c(1870, 1), 1)
add_ts("tseries", "bev", "yearly")
add_cols("lmtest", "ChickEgg", c("chicken", "egg"), "yearly")
add_cols("lmtest", "unemployment", c("UN", "m", "p", "G", "x"), "yearly")
add_cols("lmtest", "moneydemand", c("logM", "logYp", "Rs", "Rl", "Rm", "logSpp"), "yearly")
add_cols("lmtest", "USDistLag", c("consumption", "gnp"), "yearly")
## quarterly
add_ts("datasets", c("JohnsonJohnson", "UKgas", "austres", "freeny.y", "presidents"), "quarterly")
add_ts("forecast", "woolyrnq", "quarterly")
add_ts("tseries", c("GNP", "M1", "rs", "rl"), "quarterly", file = "USeconomic")
add_cols("urca", "UKconsumption", c("cons", "inc", "price"), "quarterly")
add_cols("urca", "Raotbl1", c("k", "ksa", "r3m", "r10y", "rgnp"), "quarterly", c(1953, 1), 4)
add_cols("urca", "Raotbl2", c("m1p", "m2p", "mbp", "nm1m2p"), "quarterly", c(1953, 1), 4)
add_cols("urca", "Raotbl3", c("lc", "li", "lw"), "quarterly", c(1966, 4), 4)
add_cols("urca", "Raotbl6", c("rgnp", "pgnp", "ulc", "gdfco", "gdf", "gdfim", "gdfcf", "gdfce"),
         "quarterly", c(1959, 1), 4)
add_cols("urca", "Raotbl7", c("m1", "p", "gdp", "r"), "quarterly", c(1956, 1), 4)
add_cols("urca", "denmark", c("LRM", "LRY", "LPY", "IBO", "IDE"), "quarterly", c(1974, 1), 4)
add_cols("urca", "finland", c("lrm1", "lny", "lnmr", "difp"), "quarterly", c(1958, 2), 4)
add_cols("urca", "UKconinc", c("conl", "incl"), "quarterly", c(1955, 1), 4)
add_cols("urca", "UKpppuip", c("p1", "p2", "e12", "i1", "i2"), "quarterly", c(1971, 1), 4)
add_cols("urca", "ecb", c("gdp.defl", "gdp.nom", "m3", "rl"), "quarterly", c(1997, 1), 4)
add_cols("lmtest", "valueofstocks", c("VST", "MB", "RTPD", "RTPS", "XBC"), "quarterly")
add_cols("lmtest", "currencysubstitution", c("logCUS", "Iu", "Ic", "logY"), "quarterly")
add_cols("lmtest", "bondyield", c("RAARUS", "MOOD", "EPI", "EXP", "RUS", "Y", "K"), "quarterly")
## monthly
add_ts("datasets", c("AirPassengers", "UKDriverDeaths", "USAccDeaths", "co2", "nottem",
                     "ldeaths", "mdeaths", "fdeaths"), "monthly")
add_cols("datasets", "Seatbelts", c("DriversKilled", "front", "rear", "kms", "PetrolPrice",
                                    "VanKilled"), "monthly")
add_ts("forecast", c("gas", "wineind"), "monthly")
add_ts("tseries", c("nino3", "nino3.4"), "monthly", file = "nino")
add_ts("tseries", c("tcm1y", "tcm3y", "tcm5y", "tcm10y"), "monthly", file = "tcm")
for (it in c("fyff", "gmdc", "ip", "jocci", "lhur", "pw561"))
  add(paste0(it, "$y"), get_obj(it, "lmtest")[, "y"], "monthly")
local({
  ec <- ggplot2::economics
  for (cn in c("pce", "pop", "psavert", "uempmed", "unemploy"))
    add(paste0("economics$", cn), ec[[cn]], "monthly", c(1967, 7))
  tx <- as.data.frame(ggplot2::txhousing)
  for (city in sort(unique(tx$city))) {
    r <- tx[tx$city == city, ]
    r <- r[order(r$year, r$month), ]
    add(paste0("txhousing$sales:", city), r$sales, "monthly", c(r$year[1], r$month[1]))
  }
})
## other: no calendar cycle, given as plain sequences
plain <- function(x) ts(as.numeric(x), start = 1, frequency = 1)
for (it in c("BJsales", "BJsales.lead", "WWWusage", "lh", "uspop"))
  add(it, plain(get_obj(it, "datasets")), "other")
for (cn in colnames(EuStockMarkets))
  add(paste0("EuStockMarkets$", cn), plain(EuStockMarkets[, cn]), "other")
for (it in c("taylor", "gold")) add(it, plain(get_obj(it, "forecast")), "other")
for (it in c("flow.vat", "flow.jok")) add(it, plain(get_obj(it, "tseries", "ice.river")), "other")
for (it in c("tcm1yd", "tcm3yd", "tcm5yd", "tcm10yd")) add(it, plain(get_obj(it, "tseries", "tcmd")), "other")
add("ftemp", plain(get_obj("ftemp", "lmtest")), "other")

## the rules
series <- list(); dropped <- character(0)
for (cl in names(H)) {
  kept <- 0
  for (s in catalog) {
    if (s$class != cl) next
    y <- suppressWarnings(na.contiguous(s$y))
    if (length(y) > MAXLEN) y <- window(y, start = time(y)[length(y) - MAXLEN + 1])
    h <- H[[cl]]; step <- h / 2; m <- M[[cl]]
    first <- length(y) - h - (n_origins - 1) * step
    why <- if (any(y <= 0)) "values not all positive"
           else if (first < max(12, 2 * m)) sprintf("too short (%d points)", length(y))
           else ""
    if (why != "") { dropped <- c(dropped, sprintf("%s (%s): %s", s$name, cl, why)); next }
    if (max_series > 0 && kept >= max_series) next
    kept <- kept + 1
    series[[length(series) + 1]] <- list(name = s$name, class = cl, y = y, h = h, step = step, m = m)
  }
}
cat(sprintf("accuracy: %d series left out by the rules:\n  %s\n", length(dropped),
            paste(dropped, collapse = "\n  ")))

pts <- list(); ors <- list(); fcs <- list(); tms <- list()
for (sid in seq_along(series)) {
  s <- series[[sid]]
  y <- s$y; n <- length(y)
  tm <- as.numeric(time(y)); yr <- floor(tm + 1e-9)
  per <- round((tm - yr) * s$m) + 1
  ti <- if (s$class == "yearly") yr else if (s$class == "other") seq_len(n) else NA
  d <- if (s$class %in% c("quarterly", "monthly"))
    sprintf("%04d-%02d-01", yr, (per - 1) * (12 / s$m) + 1) else NA
  pts[[sid]] <- data.frame(sid = sid, name = s$name, class = s$class, m = s$m, i = seq_len(n),
                           ti = ti, d = d, y = as.numeric(y))
  for (k in (n_origins - 1):0) {
    origin <- n - s$h - k * s$step
    train <- ts(as.numeric(y)[1:origin], frequency = if (s$class == "other") 1 else s$m)
    ors[[length(ors) + 1]] <- data.frame(sid = sid, origin = origin, h = s$h)
    t0 <- now()
    fit <- ets(train)
    t1 <- now()
    fe <- forecast(fit, h = s$h, level = 95)
    t2 <- now()
    ft <- thetaf(train, h = s$h, level = 95)
    t3 <- now()
    for (meth in c("R ets", "R thetaf")) {
      f <- if (meth == "R ets") fe else ft
      fcs[[length(fcs) + 1]] <- data.frame(method = meth, sid = sid, origin = origin, step = seq_len(s$h),
                                           yhat = as.numeric(f$mean), lo = as.numeric(f$lower),
                                           hi = as.numeric(f$upper),
                                           model = if (meth == "R ets") fit$method else "Theta")
    }
    tms[[length(tms) + 1]] <- data.frame(sid = sid, origin = origin, ets_s = t1 - t0, theta_s = t3 - t2)
  }
}
write.csv(do.call(rbind, pts), file.path(out, "series.csv"), row.names = FALSE, na = "")
write.csv(do.call(rbind, ors), file.path(out, "origins.csv"), row.names = FALSE)
write.csv(do.call(rbind, fcs), file.path(out, "r_fc.csv"), row.names = FALSE)
write.csv(do.call(rbind, tms), file.path(out, "r_time.csv"), row.names = FALSE)
