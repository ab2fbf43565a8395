import { Router } from 'express';

const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const error = { description: 'Error: { error: { code, message, field } }', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 } });

/** The JSON API, described for clients and for people: every page has a twin here. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Provenance tracker API', version: '0.1.0', description: 'Articles, their citations and sentence flags, shared passages and who copied whom.' },
  paths: {
    '/api/home': { get: { summary: 'Counts, newest articles, stories, outlets', responses: { 200: json('Home view') } } },
    '/api/articles': {
      get: {
        summary: 'A page of articles',
        parameters: ['page', 'pageSize', 'outlet', 'from', 'to', 'flag', 'uncredited', 'sort'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: json('Articles'), 400: error },
      },
      post: {
        summary: 'Import one article record',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleRecord' } } } },
        responses: { 201: json('Imported'), 200: json('Duplicate of a stored article'), 400: error, 413: error, 415: error },
      },
    },
    '/api/articles/{id}': {
      get: { summary: 'An article with sentences, flags, sources and reuse', parameters: [idParam('id')], responses: { 200: json('Article'), 404: error } },
      patch: {
        summary: 'Correct title, outlet, byline, URL or date (editors); re-runs the article’s analysis and reuse links',
        parameters: [idParam('id')],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { title: { type: 'string' }, outlet: { type: ['string', 'null'] }, byline: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'], format: 'date' } },
              },
            },
          },
        },
        responses: { 200: json('Article'), 400: error, 401: error, 404: error, 415: error },
      },
      delete: { summary: 'Delete an article and everything derived from it (editors)', parameters: [idParam('id')], responses: { 204: { description: 'Deleted' }, 401: error, 404: error } },
    },
    '/api/compare/{a}/{b}': { get: { summary: 'Two articles side by side with their shared passages', parameters: [idParam('a'), idParam('b')], responses: { 200: json('Comparison'), 404: error } } },
    '/api/outlets': {
      get: {
        summary: 'A page of outlets with their article counts, how often the store cites each, and the total; sort=articles puts the largest first',
        parameters: ['page', 'pageSize', 'sort'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: json('Outlets'), 400: error },
      },
    },
    '/api/outlets/{slug}': { get: { summary: 'An outlet and its articles', parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('Outlet'), 404: error } } },
    '/api/stories': {
      get: {
        summary: 'A page of the stories (articles linked by reuse), largest first, with their total',
        parameters: ['page', 'pageSize'].map((name) => ({ name, in: 'query', schema: { type: 'integer', minimum: 1 } })),
        responses: { 200: json('Stories'), 400: error },
      },
    },
    '/api/stories/{id}': { get: { summary: 'One story', parameters: [idParam('id')], responses: { 200: json('Story'), 404: error } } },
    '/api/trace/{sentenceId}': { get: { summary: 'A claim traced to its origin: versions, mutations, citation chain, verdict', parameters: [idParam('sentenceId')], responses: { 200: json('Trace'), 404: error } } },
    '/api/sentences': {
      get: {
        summary: 'A page of flagged sentences with their cue words, article and outlet, and the count of each flag',
        parameters: ['page', 'pageSize', 'flag', 'outlet'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: json('Flagged sentences'), 400: error },
      },
    },
    '/api/sources': {
      get: {
        summary: 'A page of the sources the articles cite, most cited first, with how many articles and sentences cite each, and the count of each kind',
        parameters: ['page', 'pageSize', 'kind', 'outlet', 'name'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: json('Sources'), 400: error },
      },
    },
    '/api/sources/{id}': { get: { summary: 'One source and every sentence that cites it, by article', parameters: [idParam('id')], responses: { 200: json('Source'), 404: error } } },
    '/api/search': {
      get: {
        summary: 'Full-text search over sentences: a page of hits, best first, the matched words marked, with the total',
        parameters: ['q', 'page', 'pageSize'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: json('Hits'), 400: error },
      },
    },
    '/api/import': { post: { summary: 'Import pasted text and files (multipart: text, format, files)', responses: { 200: json('Outcomes'), 400: error, 413: error } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } }, required: ['code', 'message'] } } },
      ArticleRecord: {
        type: 'object',
        properties: { title: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, outlet: { type: 'string' }, byline: { type: 'string' }, publishedAt: { type: 'string' } },
        description: 'Needs text or html.',
      },
    },
  },
};

export function openApiRoutes(): Router {
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => res.json(OPENAPI));
  return router;
}
