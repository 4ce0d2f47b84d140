export * from './grid';
export * from './cell';
export * from './form';
export * from './finding';
export * from './expr';
export * from './keys';
export * from './row-insertion';
export * from './standard-set';
