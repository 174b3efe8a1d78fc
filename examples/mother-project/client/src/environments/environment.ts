// Local development: the API runs on Kestrel at http://localhost:5000 (see server/BookNest.Api/Properties/launchSettings.json).
export const environment = {
  production: false,
  apiUrl: 'http://localhost:5000/api'
};
