// GraphiQL for ndaf, bundled with everything it needs: on a closed network nothing may come from outside.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

// The endpoint is the page's own origin; a sign-in token given to the page (?token=...) is sent as a bearer token.
const params = new URLSearchParams(window.location.search);
const endpoint = params.get('path') || '/graphql';
const token = params.get('token');
const headers = token ? { Authorization: `Bearer ${token}` } : {};
const fetcher = createGraphiQLFetcher({ url: endpoint, headers });

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
);
