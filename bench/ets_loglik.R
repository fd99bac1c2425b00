# Part of bench/ets_loglik.sh: R's loglik of every forced model on the
# evaluation set of bench/accuracy.sh (the training window of each series'
# last origin, from accuracy.R's series.csv and origins.csv).
#   Rscript bench/ets_loglik.R DIR
# For each series, every model forecast::ets's defaults try on it (error A,
# and M for positive data; trend N, A, Ad; season N, and A, M with a cycle
# of 2 to 24; not A error with M season), forced: ets(y, model = "XYZ",
# damped = ...).  Writes DIR/ll_in.txt, one line per fit that R makes by
# maximum likelihood (R fits by HoltWinters when n <= its quantities + 4,
# and gives no loglik then): "sid code m n loglik y1 ... yn".
suppressMessages(library(forecast))
dir <- commandArgs(trailingOnly = TRUE)[1]
pts <- read.csv(file.path(dir, "series.csv"))
ors <- read.csv(file.path(dir, "origins.csv"))
last <- aggregate(origin ~ sid, ors, max)
out <- file(file.path(dir, "ll_in.txt"), "w")
for (k in seq_len(nrow(last))) {
  sid <- last$sid[k]
  p <- pts[pts$sid == sid, ]
  p <- p[order(p$i), ]
  m <- if (p$class[1] == "other") 1 else p$m[1]
  y <- ts(p$y[seq_len(last$origin[k])], frequency = m)
  seasons <- if (m > 1 && m <= 24 && length(y) > 2 * m) c("N", "A", "M") else "N"
  for (e in c("A", "M")) for (tr in c("N", "A", "Ad")) for (s in seasons) {
    if (e == "A" && s == "M") next
    code <- paste0(e, substr(tr, 1, 1), s)
    fit <- tryCatch(suppressWarnings(ets(y, model = code, damped = (tr == "Ad"))),
                    error = function(err) NULL)
    if (is.null(fit) || is.null(fit$loglik)) next
    writeLines(paste(sid, paste0(e, tr, s), m, length(y), sprintf("%.10g", fit$loglik),
                     paste(sprintf("%.17g", as.numeric(y)), collapse = " ")), out)
  }
}
close(out)
