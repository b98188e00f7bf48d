# Reads network files with R's igraph and statnet as a researcher would, and prints what they saw as
# JSON (one object per file, in the order given), for tests/graph/test_readers.py.
#
#   Rscript read.R READER:FORMAT:FILE...
#
# READER:FORMAT is igraph:graphml, igraph:pajek, igraph:dl, igraph:csv or igraph:csv-directed
# (FILE is the edge list, the node list beside it) or statnet:pajek. A file a reader refuses gives {"error": message}.
suppressPackageStartupMessages({
  library(igraph)
  library(network)
  library(jsonlite)
})

igraph_read <- function(format, file) {
  if (startsWith(format, "csv")) {
    edges <- read.csv(file, check.names = FALSE, stringsAsFactors = FALSE)
    nodes <- read.csv(sub("edges\\.csv$", "nodes.csv", file), check.names = FALSE, stringsAsFactors = FALSE)
    return(graph_from_data_frame(edges, directed = format == "csv-directed", vertices = nodes))
  }
  read_graph(file, format = format)
}

igraph_seen <- function(g, format) {
  labels <- switch(sub("-directed", "", format), graphml = V(g)$label, csv = V(g)$label, pajek = V(g)$id, dl = V(g)$name)
  ends <- ends(g, E(g), names = FALSE)
  out <- list(
    nodes = vcount(g), edges = ecount(g), directed = is_directed(g),
    labels = as.list(labels),
    links = lapply(seq_len(ecount(g)), function(i) list(labels[ends[i, 1]], labels[ends[i, 2]], E(g)$weight[i])),
    bipartite = is_bipartite(g),
    vertex_attributes = as.list(vertex_attr_names(g))
  )
  if (is_bipartite(g)) {
    out$type_class <- class(V(g)$type)
    out$types <- as.list(V(g)$type)
    projections <- bipartite_projection(g)
    out$projection_sizes <- list(vcount(projections[[1]]), vcount(projections[[2]]))
  }
  out
}

statnet_seen <- function(file) {
  n <- read.paj(file)
  labels <- network.vertex.names(n)
  weight <- setdiff(list.edge.attributes(n), "na")[1]
  el <- as.matrix(n, matrix.type = "edgelist", attrname = weight)
  list(
    nodes = network.size(n), edges = network.edgecount(n), directed = is.directed(n),
    labels = as.list(labels),
    links = lapply(seq_len(nrow(el)), function(i) list(labels[el[i, 1]], labels[el[i, 2]], el[i, 3])),
    bipartite = is.bipartite(n),
    first_mode = if (is.bipartite(n)) n %n% "bipartite" else NULL,
    title = n %n% "title"
  )
}

seen <- lapply(commandArgs(TRUE), function(arg) {
  parts <- strsplit(arg, ":", fixed = TRUE)[[1]]
  reader <- parts[1]
  format <- parts[2]
  file <- paste(parts[-(1:2)], collapse = ":")
  tryCatch(
    if (reader == "statnet") statnet_seen(file) else igraph_seen(igraph_read(format, file), format),
    error = function(e) list(error = conditionMessage(e))
  )
})
cat(toJSON(seen, auto_unbox = TRUE, null = "null", digits = NA))
