export * from './domain';
export * from './envelope';
export * from './events';
export * from './contract';
export * from './dispatch';
export * from './client';
export * from './capabilities';
export * from './policy';
