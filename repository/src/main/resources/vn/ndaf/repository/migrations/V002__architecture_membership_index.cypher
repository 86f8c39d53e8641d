// Listing, paging and history read all nodes of one architecture: index the owning architecture alone.
CREATE INDEX identified_arch IF NOT EXISTS FOR (n:Identified) ON (n.arch);
