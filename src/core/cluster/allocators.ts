/**
 * Service address allocation done by the API server's service REST storage
 * (pkg/registry/core/service/ipallocator and portallocator): ClusterIPs from the service CIDR
 * (10.96.0.0/12 on minikube and kubeadm; `.1` is the `kubernetes` service, `.10` kube-dns) and
 * NodePorts from 30000-32767, both picked at random (seeded) and released on delete.
 */
import type { SeededRandom } from '../sim/random';

export class ClusterIpAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** Offsets in 10.96.0.0/12: 2^20 addresses; low offsets reserved for static assignment. */
  allocate(): string {
    for (;;) {
      const offset = 16 + this.random.int((1 << 20) - 32);
      const ip = `10.${96 + (offset >> 16)}.${(offset >> 8) & 255}.${offset & 255}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }

  reserve(ip: string): boolean {
    if (this.used.has(ip)) return false;
    this.used.add(ip);
    return true;
  }

  inRange(ip: string): boolean {
    const m = /^10\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
    return !!m && +m[1]! >= 96 && +m[1]! <= 111 && +m[2]! <= 255 && +m[3]! <= 255;
  }

  release(ip: string | undefined): void {
    if (ip) this.used.delete(ip);
  }
}

export class NodePortAllocator {
  private readonly used = new Set<number>();

  constructor(private readonly random: SeededRandom) {}

  allocate(): number {
    for (;;) {
      const port = 30000 + this.random.int(2768);
      if (!this.used.has(port)) {
        this.used.add(port);
        return port;
      }
    }
  }

  reserve(port: number): boolean {
    if (this.used.has(port)) return false;
    this.used.add(port);
    return true;
  }

  release(port: number | undefined): void {
    if (port !== undefined) this.used.delete(port);
  }
}
