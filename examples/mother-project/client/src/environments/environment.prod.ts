// Production: the client is served by the same host as the API, behind the reverse proxy.
export const environment = {
  production: true,
  apiUrl: '/api'
};
