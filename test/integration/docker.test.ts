import { buildRunRequest } from './dockerFlow';

describe('Docker simulator from the palette', () => {
  it('Build Image, Run Container, then a request to the published port crashes the seed app like real node', async () => {
    await buildRunRequest();
  });
});
