import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeHoverAt } from '../../../src/core/manifest/compose/hover';

const FILE = `version: "3"
services:
  web:
    build: ./web
    ports:
      - "8080:8080"
    environment:
      NODE_ENV: production
    depends_on:
      - redis
  redis:
    image: redis:7.2
    volumes:
      - data:/data
volumes:
  data: {}
`;

test('Compose hover: service keys and top-level keys get a short description; other keys none', () => {
  const at = (line: number, ch: number) => composeHoverAt(FILE, line, ch);
  assert.equal(at(3, 5)?.path, 'services.web.build');
  assert.match(at(3, 5)!.description, /Dockerfile/);
  assert.match(at(4, 4)!.description, /HOST:CONTAINER/);
  assert.match(at(6, 6)!.description, /KEY: value/);
  assert.match(at(8, 4)!.description, /service_healthy/);
  assert.match(at(11, 5)!.description, /image to start the container/);
  assert.match(at(12, 5)!.description, /named volume/);
  assert.equal(at(14, 2)?.path, 'volumes');
  assert.equal(at(1, 3)?.path, 'services');
  assert.equal(at(7, 7), undefined, 'environment variables themselves are not Compose keys');
  assert.equal(at(2, 3), undefined, 'a service name is not a Compose key');
  assert.equal(at(3, 12), undefined, 'the value is not the key');
});
